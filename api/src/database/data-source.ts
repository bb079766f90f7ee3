import 'reflect-metadata';
import { types } from 'pg';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { Actor } from '../modules/actor/actor.entity';
import { ActorRole } from '../modules/actor/actor-role.entity';
import { ActorJudgement, ActorMerge } from '../modules/actor/actor-curation.entity';
import { ArticleMention } from '../modules/article/article-mention.entity';
import { Article } from '../modules/article/article.entity';
import { Issue, IssueActor } from '../modules/issue/issue.entity';
import { Outlet } from '../modules/outlet/outlet.entity';
import { Quote, QuoteCoSpeaker, QuoteIssue } from '../modules/quote/quote.entity';
import { AuditEntry } from '../modules/audit/audit.entity';
import { FactCheck, FactCheckEvidence } from '../modules/fact-check/fact-check.entity';
import { Revision } from '../modules/review/revision.entity';
import { User } from '../modules/user/user.entity';
import { ApiToken } from '../auth/api-token.entity';
import { Session } from '../auth/session.entity';
import { MIGRATIONS } from '../../../migrations';
import { log } from '../logger';
import { countStatement } from '../request-scope';

// Calendar dates stay 'YYYY-MM-DD' strings: a JS Date would shift them by the local time zone.
types.setTypeParser(1082, (value) => value);

export const ENTITIES = [
  Outlet,
  Article,
  ArticleMention,
  Actor,
  ActorRole,
  Quote,
  QuoteCoSpeaker,
  QuoteIssue,
  Issue,
  IssueActor,
  User,
  Session,
  ApiToken,
  AuditEntry,
  Revision,
  FactCheck,
  FactCheckEvidence,
  ActorJudgement,
  ActorMerge,
];

class CountingLogger implements TypeOrmLogger {
  logQuery(query: string): void {
    countStatement(query);
  }
  logQueryError(error: string | Error, query: string): void {
    log.debug('SQL failed', { error: String(error), query: query.slice(0, 500) });
  }
  logQuerySlow(time: number, query: string): void {
    log.warn('Slow SQL', { ms: time, query: query.slice(0, 500) });
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    log.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') log.warn(String(message));
  }
}

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  statementTimeoutMs?: number;
  /** Milliseconds to wait for a pooled connection (pool full, or server slow to accept) before failing. */
  poolTimeoutMs?: number;
  applicationName?: string;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    logging: ['query', 'error', 'warn', 'migration'],
    logger: new CountingLogger(),
    maxQueryExecutionTime: 1000,
    applicationName: options.applicationName ?? 'newsroom-api',
    poolSize: options.poolSize ?? 10,
    extra: {
      statement_timeout: options.statementTimeoutMs ?? 15_000,
      // Client-side bound too: a server that stops answering (not just a slow statement) fails the query.
      query_timeout: (options.statementTimeoutMs ?? 15_000) + 5_000,
      idle_in_transaction_session_timeout: (options.statementTimeoutMs ?? 15_000) * 2,
      keepAlive: true,
      connectionTimeoutMillis: options.poolTimeoutMs ?? 5_000,
      idleTimeoutMillis: 30_000,
    },
  });
}
