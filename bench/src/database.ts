/**
 * The benchmark's PostgreSQL: by default a throw-away embedded server (the API's own
 * helper) restarted once with pg_stat_statements preloaded; or an existing server
 * given by --database-url, where a fresh bench database is created and dropped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { embedded, type EmbeddedDatabase } from './api';
import { info } from './progress';

export interface BenchDatabase {
  /** The bench database. */
  url: string;
  /** How it is described in the output (no password). */
  location: string;
  /** pg_stat_statements is loaded and its view is in the bench database (schema bench_monitor). */
  statementStats: boolean;
  /** The postmaster, for CPU accounting through /proc; undefined when not visible (remote server). */
  postmasterPid?: number;
  serverVersion: string;
  close(): Promise<void>;
}

const BENCH_DB = 'newsroom_bench';

export function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'newsroom-bench' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function recreateDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
}

function postmasterOf(backendPid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${backendPid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    const comm = fs.readFileSync(`/proc/${ppid}/comm`, 'utf8').trim();
    return /postgres|postmaster/.test(comm) ? ppid : undefined;
  } catch {
    return undefined;
  }
}

/** Installs pg_stat_statements in the bench database when the server has it preloaded. */
async function prepareMonitoring(url: string): Promise<{ statementStats: boolean; postmasterPid?: number; serverVersion: string }> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ libs: string; version: string; pid: number }>(
      `SELECT current_setting('shared_preload_libraries') AS libs, current_setting('server_version') AS version, pg_backend_pid() AS pid`,
    );
    let statementStats = false;
    if (/pg_stat_statements/.test(rows[0].libs)) {
      try {
        // Its own schema keeps the view out of the public schema PostGraphile exposes.
        await c.query(`CREATE SCHEMA IF NOT EXISTS bench_monitor`);
        await c.query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements SCHEMA bench_monitor`);
        statementStats = true;
      } catch (error) {
        info(`  pg_stat_statements unavailable (${(error as Error).message}): statements per request will not be measured`);
      }
    } else {
      info('  pg_stat_statements is not in shared_preload_libraries on this server: statements per request will not be measured');
    }
    return { statementStats, postmasterPid: postmasterOf(rows[0].pid), serverVersion: rows[0].version };
  });
}

/** A throw-away embedded PostgreSQL with pg_stat_statements, in a scratch folder under the OS temp dir. */
async function startEmbedded(): Promise<BenchDatabase> {
  const { startEmbeddedDatabase, scratchDataDir } = embedded();
  // A folder of our own (0755, so the `postgres` OS user can pass when we run as root):
  // the helper keeps its credentials file beside the data dir, and we need it to restart.
  const parent = scratchDataDir('newsroom-bench');
  fs.mkdirSync(parent, { recursive: true, mode: 0o755 });
  fs.chmodSync(parent, 0o755);
  const dataDir = path.join(parent, 'postgres');
  let db: EmbeddedDatabase | undefined;
  const cleanup = async () => {
    await db?.stop().catch(() => undefined);
    fs.rmSync(parent, { recursive: true, force: true });
  };
  try {
    db = await startEmbeddedDatabase({ dataDir, persistent: true });
    // The helper's postgres flags are fixed; preloading is a server setting, so set it and restart.
    await withClient(withDatabase(db.url, 'postgres'), (c) => c.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`));
    await db.stop();
    db = await startEmbeddedDatabase({ dataDir, persistent: true });
    const adminUrl = withDatabase(db.url, 'postgres');
    await recreateDatabase(adminUrl, BENCH_DB);
    const url = withDatabase(db.url, BENCH_DB);
    const monitoring = await prepareMonitoring(url);
    return {
      url,
      location: `embedded PostgreSQL ${monitoring.serverVersion} on port ${db.port}, data in ${dataDir} (removed at the end)`,
      ...monitoring,
      close: cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

async function useExisting(databaseUrl: string): Promise<BenchDatabase> {
  const name = `${BENCH_DB}_${process.pid}`;
  await recreateDatabase(databaseUrl, name);
  const url = withDatabase(databaseUrl, name);
  try {
    const monitoring = await prepareMonitoring(url);
    return {
      url,
      location: `database ${name} on ${redact(databaseUrl)} (PostgreSQL ${monitoring.serverVersion}; dropped at the end)`,
      ...monitoring,
      async close() {
        await withClient(databaseUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).catch((error) =>
          info(`  could not drop ${name}: ${(error as Error).message}`),
        );
      },
    };
  } catch (error) {
    await withClient(databaseUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).catch(() => undefined);
    throw error;
  }
}

export function openBenchDatabase(databaseUrl: string | undefined): Promise<BenchDatabase> {
  return databaseUrl ? useExisting(databaseUrl) : startEmbedded();
}

export { withClient };
