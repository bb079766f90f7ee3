import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Audience } from '../../auth/viewer';
import type { Tables } from '../../database/tables';
import { ActorRole } from '../../modules/actor/actor-role.entity';
import { Actor } from '../../modules/actor/actor.entity';
import { ArticleMention } from '../../modules/article/article-mention.entity';
import { Article } from '../../modules/article/article.entity';
import { Issue } from '../../modules/issue/issue.entity';
import { Outlet } from '../../modules/outlet/outlet.entity';
import { Quote } from '../../modules/quote/quote.entity';
import { speakerQuoteCandidatesSql } from '../../modules/quote/quote.sql';
import { checkPageSize } from '../connection';

/** `p` is the parent row's alias, `c` the child's; `live(x)` hides soft-deleted working rows. */
interface Env {
  t: Tables;
  live: (alias: string) => string;
}

export type Relation =
  | { kind: 'one'; target: string; fk: string }
  | {
      kind: 'many';
      target: string;
      /** FROM … WHERE … ORDER BY … for the children of row `p`, the child row aliased `c`. */
      sql: (
        env: Env,
        p: string,
        c: string,
        args: Record<string, unknown>,
      ) => {
        from: string;
        where: string;
        order: string;
        limit?: number;
        /** To-one relations of the child already joined in `from`, by relation name: their alias (no second lookup). */
        joined?: Record<string, string>;
      };
    };

export interface ReadType {
  entity: EntityTarget<ObjectLiteral>;
  table: (t: Tables) => string;
  /** Has deleted_at (working copies of curated records). */
  curated: boolean;
  relations: Record<string, Relation>;
  /** Columns left out of the fallback projection unless asked for by name (large texts). */
  heavy?: string[];
}

const first = (args: Record<string, unknown>) => checkPageSize(Number(args.first ?? 20));

/**
 * What the compiled read path knows of the graph: for each GraphQL object type,
 * its table and the relations it can join in the same statement. Anything not
 * listed falls back to the field resolvers and their DataLoaders.
 */
export const READ_MODEL: Record<string, ReadType> = {
  Quote: {
    entity: Quote,
    table: (t) => t.quotes,
    curated: true,
    relations: {
      speaker: { kind: 'one', target: 'Actor', fk: 'speaker_id' },
      article: { kind: 'one', target: 'Article', fk: 'article_id' },
      coSpeakers: {
        kind: 'many',
        target: 'Actor',
        sql: ({ t, live }, p, c) => ({
          from: `${t.quoteCoSpeakers} l JOIN ${t.actors} ${c} ON ${c}.id = l.actor_id`,
          where: `l.quote_id = ${p}.id AND ${live(c)}`,
          order: `l.position, ${c}.name`,
        }),
      },
      issues: {
        kind: 'many',
        target: 'Issue',
        sql: ({ t, live }, p, c) => ({
          from: `${t.quoteIssues} l JOIN ${t.issues} ${c} ON ${c}.id = l.issue_id`,
          where: `l.quote_id = ${p}.id AND ${live(c)}`,
          order: `${c}.title, ${c}.id`,
        }),
      },
    },
  },
  Article: {
    entity: Article,
    table: (t) => t.articles,
    curated: true,
    heavy: ['body'],
    relations: {
      outlet: { kind: 'one', target: 'Outlet', fk: 'outlet_id' },
      quotes: {
        kind: 'many',
        target: 'Quote',
        sql: ({ t, live }, p, c) => ({
          from: `${t.quotes} ${c}`,
          where: `${c}.article_id = ${p}.id AND ${live(c)}`,
          order: `${c}.start_offset, ${c}.id`,
        }),
      },
      mentions: {
        kind: 'many',
        target: 'ArticleMention',
        sql: ({ t, live }, p, c) => ({
          // Mentions of actors the reader cannot see are left out; the joined actor row also answers `actor`.
          from: `${t.articleMentions} ${c} JOIN ${t.actors} ${c}a ON ${c}a.id = ${c}.actor_id`,
          where: `${c}.article_id = ${p}.id AND ${live(`${c}a`)}`,
          order: `${c}.start_offset, ${c}.id`,
          joined: { actor: `${c}a` },
        }),
      },
    },
  },
  Actor: {
    entity: Actor,
    table: (t) => t.actors,
    curated: true,
    relations: {
      roles: {
        kind: 'many',
        target: 'ActorRole',
        sql: ({ t }, p, c) => ({
          from: `${t.actorRoles} ${c}`,
          where: `${c}.actor_id = ${p}.id`,
          order: `${c}.started_on DESC NULLS LAST, ${c}.id`,
        }),
      },
      quotes: {
        kind: 'many',
        target: 'Quote',
        sql: ({ t, live }, p, c, args) => ({
          // As the root list by speaker: the narrow candidates of both roles sorted first, then the page's rows.
          from: `(${speakerQuoteCandidatesSql(t, `${p}.id`, 'DESC')}) ${c}u JOIN ${t.quotes} ${c} ON ${c}.id = ${c}u.id`,
          where: live(c),
          order: `${c}u.said_on DESC, ${c}u.id DESC`,
          limit: first(args),
        }),
      },
      issues: {
        kind: 'many',
        target: 'Issue',
        sql: ({ t, live }, p, c) => ({
          from: `${t.issueActors} l JOIN ${t.issues} ${c} ON ${c}.id = l.issue_id`,
          where: `l.actor_id = ${p}.id AND ${live(c)}`,
          order: `${c}.title, ${c}.id`,
        }),
      },
    },
  },
  Issue: {
    entity: Issue,
    table: (t) => t.issues,
    curated: true,
    relations: {
      parent: { kind: 'one', target: 'Issue', fk: 'parent_id' },
      children: {
        kind: 'many',
        target: 'Issue',
        sql: ({ t, live }, p, c) => ({
          from: `${t.issues} ${c}`,
          where: `${c}.parent_id = ${p}.id AND ${live(c)}`,
          order: `${c}.title, ${c}.id`,
        }),
      },
      quotes: {
        kind: 'many',
        target: 'Quote',
        sql: ({ t, live }, p, c, args) => ({
          // The link's said_on is the quote's (kept equal by triggers): the (issue_id, said_on, quote_id) index gives the order.
          from: `${t.quoteIssues} l JOIN ${t.quotes} ${c} ON ${c}.id = l.quote_id`,
          where: `l.issue_id = ${p}.id AND ${live(c)}`,
          order: `l.said_on DESC, l.quote_id DESC`,
          limit: first(args),
        }),
      },
      actors: {
        kind: 'many',
        target: 'Actor',
        sql: ({ t, live }, p, c) => ({
          from: `${t.issueActors} l JOIN ${t.actors} ${c} ON ${c}.id = l.actor_id`,
          where: `l.issue_id = ${p}.id AND ${live(c)}`,
          order: `${c}.name, ${c}.id`,
        }),
      },
    },
  },
  ArticleMention: {
    entity: ArticleMention,
    table: (t) => t.articleMentions,
    curated: false,
    relations: { actor: { kind: 'one', target: 'Actor', fk: 'actor_id' } },
  },
  ActorRole: {
    entity: ActorRole,
    table: (t) => t.actorRoles,
    curated: false,
    relations: { organization: { kind: 'one', target: 'Actor', fk: 'organization_id' } },
  },
  Outlet: { entity: Outlet, table: () => 'outlets', curated: false, relations: {} },
};

export interface ColumnInfo {
  property: string;
  column: string;
  /** The SQL type when TypeORM knows it by name (e.g. 'timestamptz'). */
  type: string;
}

const columnCache = new Map<unknown, ColumnInfo[]>();

export function readableColumns(ds: DataSource, type: ReadType): ColumnInfo[] {
  let columns = columnCache.get(type.entity);
  if (!columns) {
    columns = ds
      .getMetadata(type.entity)
      .columns.filter((c) => c.isSelect)
      .map((c) => ({ property: c.propertyName, column: c.databaseName, type: typeof c.type === 'string' ? c.type : '' }));
    columnCache.set(type.entity, columns);
  }
  return columns;
}

export type { Audience, Env };
