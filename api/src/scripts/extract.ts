import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { openDatabase } from '../database/open';
import { demoMatchers } from '../modules/import/demo-records';
import { extractArticle } from '../modules/import/extractor';
import type { ActorMatcher, IssueMatcher } from '../modules/import/matchers';
import { SqlActorMatcher, SqlIssueMatcher } from '../modules/import/matchers.sql';
import { parseInput, type PlainTextMeta } from '../modules/import/import.parsers';

/**
 * npm run extract -- FILE… [--json] [--title T --date YYYY-MM-DD]
 *
 * Prints what an import would suggest for each article (quotes, speakers, actors, issues) and writes
 * nothing. With DATABASE_URL set, actors and issues are matched against that database; without it,
 * against the demo fixture's records (api/fixtures/demo.json) in memory. Which one is said on stderr.
 * Exit code 1 when any file could not be read (the others are still extracted).
 */
function usage(): never {
  console.error('usage: npm run extract -- FILE… [--json] [--title TITLE --date YYYY-MM-DD (plain text files)]');
  process.exit(2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const files: string[] = [];
  const meta: Partial<PlainTextMeta> = {};
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--title') meta.title = args[++i];
    else if (a === '--date') meta.publishedOn = args[++i];
    else if (a === '--help' || a === '-h') usage();
    else files.push(a);
  }
  if (!files.length) usage();

  let actorMatcher: ActorMatcher;
  let issueMatcher: IssueMatcher;
  let close = async () => {};
  if (process.env.DATABASE_URL) {
    const db = await openDatabase();
    actorMatcher = new SqlActorMatcher(db.dataSource.manager);
    issueMatcher = new SqlIssueMatcher(db.dataSource.manager);
    close = () => db.close();
    console.error(`extract: matching actors and issues against the database in DATABASE_URL (${db.location}); nothing is written.`);
  } else {
    const demo = demoMatchers(PROJECT_ROOT);
    actorMatcher = demo.actorMatcher;
    issueMatcher = demo.issueMatcher;
    console.error(
      `extract: DATABASE_URL is not set; matching against the demo fixture's actors and issues in memory (${path.relative(process.cwd(), demo.file)}).`,
    );
  }

  const results: unknown[] = [];
  let failed = 0;
  try {
    for (const file of files) {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(file);
      } catch (error) {
        failed++;
        const message = `${file}: ${(error as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a folder' : (error as Error).message}`;
        console.error(`extract: ${message}`);
        results.push({ file, error: { code: 'UNREADABLE', message } });
        continue;
      }
      for (const parsed of parseInput(file, bytes, meta)) {
        if (!parsed.ok) {
          failed++;
          console.error(`extract: ${parsed.error.message}`);
          results.push({ file: parsed.error.source, error: { code: parsed.error.code, message: parsed.error.message } });
          continue;
        }
        const a = parsed.article;
        const extraction = await extractArticle(a, { actorMatcher, issueMatcher });
        results.push({ file: a.source, ...extraction });
        if (!json) {
          console.log(`\n${a.source}: ${a.title} (${a.publishedOn})`);
          for (const q of extraction.quotes) {
            const speaker = [q.speaker ?? '?', ...q.coSpeakers].join(' & ');
            console.log(
              `  ${q.kind.padEnd(10)} ${String(q.start).padStart(6)}-${String(q.end).padEnd(6)} ${q.confidence.toFixed(2)} ${speaker}: ${q.text.length > 90 ? q.text.slice(0, 87) + '…' : q.text}`,
            );
          }
          for (const act of extraction.actors) {
            const how = act.matchedActorId
              ? `→ ${act.matchedActorId} (${act.matchedVia}${act.spellingToRecord ? `; record misspelling "${act.spellingToRecord}"` : ''})`
              : '(new)';
            console.log(`  actor ${act.kind.padEnd(15)} ${act.name} ×${act.mentions.length} ${how}`);
          }
          for (const i of extraction.issues) console.log(`  issue ${i.confidence.toFixed(2)} ${i.title}`);
        }
      }
    }
  } finally {
    await close();
  }
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  if (failed) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
