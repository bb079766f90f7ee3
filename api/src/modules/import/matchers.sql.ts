import type { ActorKind } from '@newsroom/shared';
import type { EntityManager } from 'typeorm';
import type { SuggestedIssue } from './import.types';
import { InMemoryActorMatcher, rankIssues, type ActorMatch, type ActorMatcher, type IssueMatcher, type IssueRecord } from './matchers';

/**
 * Actor matching in PostgreSQL: `actors.search_names` holds "name | alias | misspelling" in lower case
 * with a pg_trgm GIN index, so `lower($1) <% search_names` (word_similarity above
 * pg_trgm.word_similarity_threshold, 0.6 by default) finds the candidates through the index. The final
 * pick and how it matched (name, alias, recorded misspelling, or trigram: a spelling to record) is made by
 * the same code as the in-memory matcher, over those few candidates.
 */
export class SqlActorMatcher implements ActorMatcher {
  private readonly cache = new Map<string, Promise<ActorMatch | null>>();

  constructor(
    private readonly db: EntityManager,
    private readonly candidateLimit = 8,
  ) {}

  match(name: string, kind?: ActorKind | null): Promise<ActorMatch | null> {
    const key = `${kind ?? ''}\u0000${name}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.lookup(name, kind);
      this.cache.set(key, hit);
    }
    return hit;
  }

  private async lookup(name: string, kind?: ActorKind | null): Promise<ActorMatch | null> {
    const query = name.trim().replace(/^the\s+/i, '');
    if (!query) return null;
    const rows: { id: string; kind: ActorKind; name: string; aliases: string[]; misspellings: string[] }[] = await this.db.query(
      `SELECT a.id, a.kind, a.name, a.aliases, a.misspellings
         FROM actors a
        WHERE lower($1) <% a.search_names AND a.deleted_at IS NULL
        ORDER BY word_similarity(lower($1), a.search_names) DESC, a.name
        LIMIT $2`,
      [query, this.candidateLimit],
    );
    if (!rows.length) return null;
    return new InMemoryActorMatcher(rows).matchSync(name, kind);
  }
}

/**
 * Issue ranking over the issues table: titles, aliases and descriptions are read once per matcher (issues
 * are few, and one matcher serves a whole import batch) and scored with the same rules as in memory.
 */
export class SqlIssueMatcher implements IssueMatcher {
  private issues: Promise<IssueRecord[]> | null = null;

  constructor(private readonly db: EntityManager) {}

  async rank(text: string, limit = 10): Promise<SuggestedIssue[]> {
    this.issues ??= this.db.query(
      `SELECT i.id, i.title, i.aliases, i.description FROM issues i WHERE i.deleted_at IS NULL ORDER BY i.title LIMIT 10000`,
    );
    return rankIssues(await this.issues, text, limit);
  }
}
