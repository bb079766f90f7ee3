import { CuratedType } from '@newsroom/shared';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { ActorRole } from '../actor/actor-role.entity';
import { Actor } from '../actor/actor.entity';
import { ArticleMention } from '../article/article-mention.entity';
import { Article } from '../article/article.entity';
import { FactCheck, FactCheckEvidence } from '../fact-check/fact-check.entity';
import { Issue, IssueActor } from '../issue/issue.entity';
import { Quote, QuoteCoSpeaker, QuoteIssue } from '../quote/quote.entity';

interface Dependency {
  type: CuratedType;
  /** SQL selecting the ids this record points at; $1 is the record's id. */
  ids: string;
}

export interface CuratedSpec {
  type: CuratedType;
  /** GraphQL type name. */
  typeName: 'Article' | 'Actor' | 'Quote' | 'Issue' | 'FactCheck';
  table: string;
  entity: EntityTarget<ObjectLiteral>;
  /** SQL for a short human label, over alias `r`. */
  label: string;
  /** Tables owned by the record, copied with it when it is published; `column` points at the record. */
  links: { table: string; column: string; entity: EntityTarget<ObjectLiteral> }[];
  /** Records that must be approved before this one can be: clients never see a link to something unapproved. */
  dependencies: Dependency[];
}

export const CURATED: Record<CuratedType, CuratedSpec> = {
  [CuratedType.ARTICLE]: {
    type: CuratedType.ARTICLE,
    typeName: 'Article',
    table: 'articles',
    entity: Article,
    label: 'r.title',
    links: [{ table: 'article_mentions', column: 'article_id', entity: ArticleMention }],
    dependencies: [{ type: CuratedType.ACTOR, ids: 'SELECT actor_id FROM article_mentions WHERE article_id = $1' }],
  },
  [CuratedType.ACTOR]: {
    type: CuratedType.ACTOR,
    typeName: 'Actor',
    table: 'actors',
    entity: Actor,
    label: 'r.name',
    links: [{ table: 'actor_roles', column: 'actor_id', entity: ActorRole }],
    dependencies: [
      {
        type: CuratedType.ACTOR,
        ids: 'SELECT organization_id FROM actor_roles WHERE actor_id = $1 AND organization_id IS NOT NULL AND organization_id <> $1',
      },
    ],
  },
  [CuratedType.QUOTE]: {
    type: CuratedType.QUOTE,
    typeName: 'Quote',
    table: 'quotes',
    entity: Quote,
    label: 'left(r.text, 120)',
    links: [
      { table: 'quote_co_speakers', column: 'quote_id', entity: QuoteCoSpeaker },
      { table: 'quote_issues', column: 'quote_id', entity: QuoteIssue },
    ],
    dependencies: [
      {
        type: CuratedType.ACTOR,
        ids: 'SELECT speaker_id FROM quotes WHERE id = $1 UNION SELECT actor_id FROM quote_co_speakers WHERE quote_id = $1',
      },
      { type: CuratedType.ARTICLE, ids: 'SELECT article_id FROM quotes WHERE id = $1' },
      { type: CuratedType.ISSUE, ids: 'SELECT issue_id FROM quote_issues WHERE quote_id = $1' },
    ],
  },
  [CuratedType.ISSUE]: {
    type: CuratedType.ISSUE,
    typeName: 'Issue',
    table: 'issues',
    entity: Issue,
    label: 'r.title',
    links: [{ table: 'issue_actors', column: 'issue_id', entity: IssueActor }],
    dependencies: [
      { type: CuratedType.ISSUE, ids: 'SELECT parent_id FROM issues WHERE id = $1 AND parent_id IS NOT NULL' },
      { type: CuratedType.ACTOR, ids: 'SELECT actor_id FROM issue_actors WHERE issue_id = $1' },
    ],
  },
  [CuratedType.FACT_CHECK]: {
    type: CuratedType.FACT_CHECK,
    typeName: 'FactCheck',
    table: 'fact_checks',
    entity: FactCheck,
    label: "r.verdict || ': ' || left(r.summary, 100)",
    links: [{ table: 'fact_check_evidence', column: 'fact_check_id', entity: FactCheckEvidence }],
    dependencies: [{ type: CuratedType.QUOTE, ids: 'SELECT quote_id FROM fact_checks WHERE id = $1' }],
  },
};

export const CURATED_SPECS = Object.values(CURATED);

/** SQL that finds which curated table holds an id: one statement over the four (working or published). */
export function typeOfSql(prefix: '' | 'published_'): string {
  return CURATED_SPECS.map((s) => `SELECT '${s.type}' AS type FROM ${prefix}${s.table} WHERE id = $1`).join(' UNION ALL ');
}
