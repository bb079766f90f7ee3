import { loadConfig } from '../config';
import { createDataSource } from '../database/data-source';

/** Prints the SQL that would bring the database at DATABASE_URL in line with the entities (a migration draft). */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl) throw new Error('Set DATABASE_URL');
  const ds = createDataSource({ url: config.databaseUrl });
  await ds.initialize();
  const sql = await ds.driver.createSchemaBuilder().log();
  for (const q of sql.upQueries) console.log(q.query + ';', q.parameters ? JSON.stringify(q.parameters) : '');
  console.log('-- down');
  for (const q of sql.downQueries.reverse()) console.log(q.query + ';', q.parameters ? JSON.stringify(q.parameters) : '');
  await ds.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
