import type { Audience } from '../auth/viewer';

const BASE = {
  articles: 'articles',
  articleMentions: 'article_mentions',
  actors: 'actors',
  actorRoles: 'actor_roles',
  issues: 'issues',
  issueActors: 'issue_actors',
  quotes: 'quotes',
  quoteCoSpeakers: 'quote_co_speakers',
  quoteIssues: 'quote_issues',
  factChecks: 'fact_checks',
  factCheckEvidence: 'fact_check_evidence',
} as const;

export type Tables = { [K in keyof typeof BASE]: string };

const PUBLISHED = Object.fromEntries(Object.entries(BASE).map(([k, v]) => [k, `published_${v}`])) as Tables;

/** The tables an audience reads: the published copies for the public, the working records for staff. */
export function tablesFor(audience: Audience): Tables {
  return audience === 'public' ? PUBLISHED : BASE;
}

/** Condition that hides soft-deleted working records; published copies hold no deleted records. */
export function notDeleted(audience: Audience, alias: string): string {
  return audience === 'public' ? 'TRUE' : `${alias}.deleted_at IS NULL`;
}

export const WORKING_TABLES: Tables = BASE;
export const PUBLISHED_TABLES: Tables = PUBLISHED;
