import { Client } from 'pg';
import { createDataSource } from '../../api/src/database/data-source';
import { scratchDataDir, startEmbeddedDatabase } from '../../api/src/database/embedded';
import { migrate } from '../../api/src/database/migrate';
import { configureLogger } from '../../api/src/logger';
import { TEMPLATE_DB_ENV, ADMIN_URL_ENV, setGlobalDatabase } from './database-env';

/**
 * Once per run: a PostgreSQL (embedded, or the server in DATABASE_URL) holding a
 * migrated template database; each test file copies it into a database of its own.
 */
export default async function globalSetup(): Promise<void> {
  configureLogger('warn', false);
  let adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    process.stdout.write(`\nTests use the PostgreSQL server in DATABASE_URL, in databases they create and drop.\n`);
  } else {
    const embedded = await startEmbeddedDatabase({ dataDir: scratchDataDir('newsroom-test-pg'), persistent: false });
    setGlobalDatabase(embedded);
    adminUrl = embedded.url;
    process.stdout.write(`\nTests use an embedded PostgreSQL on port ${embedded.port} (DATABASE_URL unset).\n`);
  }
  const template = `newsroom_test_tmpl_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const ds = createDataSource({ url: withDatabase(adminUrl, template), poolSize: 2 });
  await ds.initialize();
  await migrate(ds);
  await ds.destroy();
  process.env[ADMIN_URL_ENV] = adminUrl;
  process.env[TEMPLATE_DB_ENV] = template;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
