import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { PROJECT_ROOT } from '../config';
import { createDataSource } from '../database/data-source';
import { scratchDataDir, startEmbeddedDatabase, type EmbeddedDatabase } from '../database/embedded';
import { migrate } from '../database/migrate';
import { configureLogger } from '../logger';

/**
 * npm run check:migrations — applies every migration to an empty database, then
 * asks `typeorm migration:generate --check` whether the entities still differ:
 * fails when someone changed an entity without writing its migration.
 */
async function main(): Promise<void> {
  configureLogger('warn', false);
  let embedded: EmbeddedDatabase | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedDatabase({ dataDir: scratchDataDir('newsroom-migration-check'), persistent: false });
    adminUrl = embedded.url;
  }
  const name = `newsroom_migration_check_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  let status: number;
  try {
    const ds = createDataSource({ url: url.toString(), poolSize: 2 });
    await ds.initialize();
    await migrate(ds);
    await ds.destroy();
    const cli = path.join(PROJECT_ROOT, 'node_modules', 'typeorm', 'cli.js');
    const dataSource = path.join(__dirname, '..', 'database', 'cli-data-source.js');
    const result = spawnSync(
      process.execPath,
      [cli, 'migration:generate', '--check', '-d', dataSource, path.join(PROJECT_ROOT, 'migrations', 'Pending')],
      {
        env: { ...process.env, TYPEORM_DATABASE_URL: url.toString() },
        stdio: 'inherit',
      },
    );
    status = result.status ?? 1;
    console.log(
      status === 0
        ? 'Migrations and entities are in sync.'
        : 'Entities and migrations differ: write a migration (see README, "Changing the schema").',
    );
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
  }
  process.exit(status);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
