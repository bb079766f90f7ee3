import { migrate } from '../database/migrate';
import { openDatabase } from '../database/open';
import { loadDemo } from '../seed/demo';

/** npm run db:seed — loads the demo data (skipped when the demo article is already stored). */
async function main(): Promise<void> {
  const db = await openDatabase();
  try {
    await migrate(db.dataSource);
    const summary = await loadDemo(db.dataSource);
    console.log(
      summary.loaded
        ? `Demo data loaded: 1 article, ${summary.actors} actors, ${summary.issues} issues, ${summary.quotes} quotes, ${summary.mentions} mentions.`
        : 'The demo article is already stored; nothing loaded.',
    );
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
