import { openDatabase } from '../database/open';
import { migrate } from '../database/migrate';

async function main(): Promise<void> {
  const db = await openDatabase();
  try {
    const count = await migrate(db.dataSource);
    console.log(count ? `Applied ${count} migration(s).` : 'The database is up to date.');
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
