import { Client } from 'pg';
import { ADMIN_URL_ENV, TEMPLATE_DB_ENV, globalDatabase } from './database-env';

export default async function globalTeardown(): Promise<void> {
  const embedded = globalDatabase();
  if (embedded) {
    await embedded.stop();
    return;
  }
  // On a shared server, drop what this run created.
  const adminUrl = process.env[ADMIN_URL_ENV];
  const template = process.env[TEMPLATE_DB_ENV];
  if (!adminUrl || !template) return;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`, [`${template}_%`, template]);
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await admin.end();
}
