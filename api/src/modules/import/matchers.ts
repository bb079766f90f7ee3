import { ActorKind } from '@newsroom/shared';
import type { MatchVia, SuggestedIssue } from './import.types';
import { similarity } from './trigram';

/** What the matchers need to know of an existing actor. */
export interface ActorRecord {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  misspellings: string[];
}

export interface ActorMatch {
  actorId: string;
  name: string;
  kind: ActorKind;
  via: MatchVia;
  /** 1 for an exact name, alias or recorded misspelling; trigram similarity otherwise. */
  score: number;
  /** The spelling found, when it is a new misspelling to record on the actor (trigram match of a full name). */
  spellingToRecord: string | null;
}

/** Finds the existing actor a name found in an article stands for. Never creates anything. */
export interface ActorMatcher {
  match(name: string, kind?: ActorKind | null): Promise<ActorMatch | null>;
}

export interface IssueRecord {
  id: string;
  title: string;
  aliases: string[];
  description: string | null;
}

/** Ranks existing issues against an article's text (title and body). */
export interface IssueMatcher {
  rank(text: string, limit?: number): Promise<SuggestedIssue[]>;
}

/** Below this trigram similarity a name is a new actor, not a variant of an existing one. */
export const ACTOR_SIMILARITY_MIN = 0.5;
export const ISSUE_CONFIDENCE_MIN = 0.35;

export function normaliseName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const COLLECTIVE = new Set<string>([ActorKind.ORGANIZATION, ActorKind.GOVERNMENT_BODY, ActorKind.MEDIA, ActorKind.COUNTRY]);

/** Whether a kind guessed from the text can be the kind of a stored actor. */
function compatible(found: ActorKind | null | undefined, stored: ActorKind): boolean {
  if (!found) return true;
  if (found === ActorKind.PERSON || stored === ActorKind.PERSON) return found === stored;
  return COLLECTIVE.has(found) && COLLECTIVE.has(stored);
}

/** Matching over a list of actors held in memory (tests, `extract` without a database, and the SQL matcher's final pick). */
export class InMemoryActorMatcher implements ActorMatcher {
  private readonly exact = new Map<string, { actor: ActorRecord; via: MatchVia }[]>();

  constructor(private readonly actors: ActorRecord[]) {
    for (const actor of actors) {
      const add = (form: string, via: MatchVia) => {
        const key = normaliseName(form);
        const list = this.exact.get(key) ?? [];
        if (!list.some((e) => e.actor.id === actor.id)) list.push({ actor, via });
        this.exact.set(key, list);
      };
      add(actor.name, 'name');
      actor.aliases.forEach((a) => add(a, 'alias'));
      actor.misspellings.forEach((m) => add(m, 'misspelling'));
    }
  }

  matchSync(name: string, kind?: ActorKind | null): ActorMatch | null {
    const key = normaliseName(name);
    if (!key) return null;
    const exact = (this.exact.get(key) ?? []).filter((e) => compatible(kind, e.actor.kind));
    if (exact.length) {
      const { actor, via } = exact[0];
      return { actorId: actor.id, name: actor.name, kind: actor.kind, via, score: 1, spellingToRecord: null };
    }
    let best: ActorMatch | null = null;
    const words = key.split(' ');
    for (const actor of this.actors) {
      if (!compatible(kind, actor.kind)) continue;
      for (const form of [actor.name, ...actor.aliases, ...actor.misspellings]) {
        const formKey = normaliseName(form);
        // A surname alone ("Putin") for a person stored under the full name only.
        const formWords = formKey.split(' ');
        if (actor.kind === ActorKind.PERSON && words.length === 1 && formWords.length > 1 && formWords[formWords.length - 1] === key) {
          if (!best || best.score < 0.9)
            best = { actorId: actor.id, name: actor.name, kind: actor.kind, via: 'alias', score: 0.9, spellingToRecord: null };
          continue;
        }
        const score = similarity(key, formKey);
        // A one-word name needs a closer spelling: short words share few trigrams by chance.
        const min = words.length === 1 ? 0.6 : ACTOR_SIMILARITY_MIN;
        if (score >= min && (!best || score > best.score)) {
          best = { actorId: actor.id, name: actor.name, kind: actor.kind, via: 'trigram', score, spellingToRecord: name.trim() };
        }
      }
    }
    return best;
  }

  async match(name: string, kind?: ActorKind | null): Promise<ActorMatch | null> {
    return this.matchSync(name, kind);
  }
}

const STOPWORDS = new Set(
  'a an and are as at be between by for from has have in into is it its of on or over that the their there this to under was were will with within without which who what when where while'.split(
    ' ',
  ),
);

/** Lower-case content words, cut to five letters so that "Armenian"/"Armenia" and "countries"/"country" meet. */
function stems(text: string): string[] {
  return (normaliseName(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !STOPWORDS.has(w)).map((w) => w.slice(0, 5));
}

function phraseIn(haystack: string, phrase: string): boolean {
  if (!phrase) return false;
  let from = 0;
  for (;;) {
    const i = haystack.indexOf(phrase, from);
    if (i < 0) return false;
    const before = haystack[i - 1];
    const after = haystack[i + phrase.length];
    if ((!before || !/[\p{L}\p{N}]/u.test(before)) && (!after || !/[\p{L}\p{N}]/u.test(after))) return true;
    from = i + 1;
  }
}

/**
 * Scores one issue against an article: a title or alias written in the article scores 1 / 0.9; otherwise
 * the share of its content words found (≥ 60 %) scores up to 0.8; words of the description found add up to 0.2.
 */
export function scoreIssue(issue: IssueRecord, normText: string, textStems: Set<string>): number {
  const coverage = (phrase: string) => {
    const s = stems(phrase);
    return s.length ? s.filter((w) => textStems.has(w)).length / s.length : 0;
  };
  let name = 0;
  const titleForms = [
    issue.title,
    ...issue.title
      .split(/[()]/)
      .map((p) => p.trim())
      .filter((p) => p.split(' ').length >= 2),
  ];
  for (const form of titleForms) {
    if (phraseIn(normText, normaliseName(form))) name = Math.max(name, 1);
  }
  for (const alias of issue.aliases) if (phraseIn(normText, normaliseName(alias))) name = Math.max(name, 0.9);
  for (const form of [issue.title, ...issue.aliases]) {
    const c = coverage(form);
    if (c >= 0.6) name = Math.max(name, 0.8 * c);
  }
  const description = issue.description ? coverage(issue.description) : 0;
  return Math.min(1, Math.round((name + 0.2 * description) * 1000) / 1000);
}

export function rankIssues(issues: IssueRecord[], text: string, limit = 10): SuggestedIssue[] {
  const normText = normaliseName(text);
  const textStems = new Set(stems(text));
  return issues
    .map((issue) => ({ id: issue.id, title: issue.title, confidence: scoreIssue(issue, normText, textStems) }))
    .filter((s) => s.confidence >= ISSUE_CONFIDENCE_MIN)
    .sort((a, b) => b.confidence - a.confidence || a.title.localeCompare(b.title))
    .slice(0, limit);
}

export class InMemoryIssueMatcher implements IssueMatcher {
  constructor(private readonly issues: IssueRecord[]) {}

  async rank(text: string, limit = 10): Promise<SuggestedIssue[]> {
    return rankIssues(this.issues, text, limit);
  }
}
