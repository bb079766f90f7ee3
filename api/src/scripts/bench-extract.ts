import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { codePointLength, QuoteKind } from '@newsroom/shared';
import { Client } from 'pg';
import { systemViewer } from '../auth/viewer';
import { PROJECT_ROOT } from '../config';
import { createDataSource } from '../database/data-source';
import { scratchDataDir, startEmbeddedDatabase } from '../database/embedded';
import { migrate } from '../database/migrate';
import { createServices } from '../graphql/services';
import { configureLogger } from '../logger';
import { scoreDirectQuotes, type GoldArticle, type Scores } from '../modules/import/bench';
import { demoMatchers } from '../modules/import/demo-records';
import { extractArticle } from '../modules/import/extractor';
import { ImportStatus } from '../modules/import/import.objects';
import { parseInput, parseNdjson } from '../modules/import/import.parsers';
import { ImportService } from '../modules/import/import.service';
import { loadDemo } from '../seed/demo';

/**
 * npm run bench:extract — scores direct-quote extraction on the annotated development set in
 * api/fixtures/extraction-dev/ (see its README: what the articles are and how they were annotated), then
 * times a 1,000-article bulk parse + extract in memory (no database), and a 1,000-article bulk import
 * through the real ImportService into a throw-away database (a database created and dropped on the server
 * in DATABASE_URL, or a scratch embedded PostgreSQL when it is unset) holding the demo actors and issues.
 * `--no-db` skips the import figure, `--no-throughput` both figures. `--set DIR` scores another annotated
 * set laid out the same way (DIR/annotations.json, DIR/articles/*.txt), e.g. a held-out set kept outside
 * the repository.
 */
const DEV = path.join(PROJECT_ROOT, 'api', 'fixtures', 'extraction-dev');

function pct(x: number): string {
  return x.toFixed(3);
}

function line(label: string, s: Scores): string {
  return [
    label.padEnd(34),
    `exact P ${pct(s.exact.precision)} R ${pct(s.exact.recall)} F1 ${pct(s.exact.f1)}`,
    `| overlap P ${pct(s.overlap.precision)} R ${pct(s.overlap.recall)} F1 ${pct(s.overlap.f1)}`,
    `| speaker acc ${pct(s.speakerAccuracy)} (${s.speakerCorrect}/${s.matched})`,
    `| end-to-end F1 exact ${pct(s.endToEnd.exactF1)} overlap ${pct(s.endToEnd.overlapF1)}`,
  ].join(' ');
}

async function main(): Promise<void> {
  const setAt = process.argv.indexOf('--set');
  const other = setAt >= 0 ? process.argv[setAt + 1] : undefined;
  if (setAt >= 0 && !other) throw new Error('--set takes a directory holding annotations.json and articles/');
  const dir = other ? path.resolve(other) : DEV;
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'annotations.json'), 'utf8')) as { articles: GoldArticle[] };
  const goldByFile = new Map(gold.articles.map((a) => [a.file, a]));
  const files = fs
    .readdirSync(path.join(dir, 'articles'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => `articles/${f}`);
  const { actorMatcher, issueMatcher } = demoMatchers(PROJECT_ROOT);
  const verbose = process.argv.includes('--verbose');

  const perArticle: {
    file: string;
    gold: GoldArticle;
    system: { text: string; start: number; end: number; speaker: string | null; coSpeakers: string[] }[];
    body: string;
  }[] = [];
  const bodies: { title: string; publishedOn: string; body: string }[] = [];
  for (const file of files) {
    const [parsed] = parseInput(file, fs.readFileSync(path.join(dir, file)));
    if (!parsed.ok) throw new Error(parsed.error.message);
    bodies.push(parsed.article);
    const result = await extractArticle(parsed.article, { actorMatcher, issueMatcher });
    perArticle.push({
      file,
      gold: goldByFile.get(file) ?? { file, quotes: [] },
      system: result.quotes.filter((q) => q.kind === QuoteKind.DIRECT),
      body: parsed.article.body,
    });
  }
  for (const file of goldByFile.keys())
    if (!files.includes(file)) throw new Error(`annotations.json names ${file}, which is not in articles/`);

  const all = scoreDirectQuotes(perArticle, verbose ? (m) => console.log(`  ${m}`) : undefined);
  const goldQuotes = perArticle.reduce((n, a) => n + a.gold.quotes.length, 0);
  const withQuotes = perArticle.filter((a) => a.gold.quotes.length).length;

  if (other) {
    console.log(`Extraction benchmark: DIRECT quotes, annotated set ${dir}`);
    console.log(`  ${perArticle.length} articles; ${goldQuotes} annotated direct quotes in ${withQuotes} of them.`);
    console.log(line('  all articles', all));
  } else {
    console.log('Extraction benchmark: DIRECT quotes, development set api/fixtures/extraction-dev/');
    console.log(
      `  ${perArticle.length} REAL news articles (${perArticle.length - 1} Reuters-21578 newswire stories of 1987 shipped in Debian's r-cran-tm package, plus the example article of shared/seed); ${goldQuotes} annotated direct quotes in ${withQuotes} of them.`,
    );
    console.log(
      '  This is a SMALL set and the rules were developed while looking at it: these are development figures, not a score on unseen articles.',
    );
    console.log('  No constructed passages are scored here (they are in the unit tests only).');
    console.log(line('  all real articles', all));
    console.log(line('  Reuters-21578 (straight marks)', scoreDirectQuotes(perArticle.filter((a) => a.file.includes('reuters-')))));
    console.log(line('  example article (curly marks)', scoreDirectQuotes(perArticle.filter((a) => a.file.includes('seed-')))));
  }
  if (process.argv.includes('--no-throughput')) return;

  // Throughput: 1,000 articles as one NDJSON batch, parsed and extracted in memory.
  const N = 1000;
  const ndjson = Array.from({ length: N }, (_, i) => {
    const a = bodies[i % bodies.length];
    return JSON.stringify({
      title: `${a.title} #${i}`,
      publishedAt: a.publishedOn,
      outlet: 'bench',
      url: null,
      language: 'en',
      body: a.body,
    });
  }).join('\n');
  const chars = bodies.reduce((n, b) => n + codePointLength(b.body), 0) / bodies.length;
  const t0 = process.hrtime.bigint();
  const parsed = parseNdjson(ndjson, 'bench.ndjson');
  let quotes = 0;
  for (const p of parsed) {
    if (!p.ok) throw new Error(p.error.message);
    quotes += (await extractArticle(p.article, { actorMatcher, issueMatcher })).quotes.length;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(
    `  throughput: ${N} articles (mean ${Math.round(chars)} characters) parsed + extracted in ${seconds.toFixed(2)} s = ${(N / seconds).toFixed(1)} articles/s (in memory, one process, ${quotes} quotes found)`,
  );
  if (!process.argv.includes('--no-db')) await benchImport(bodies, N);
}

/** A database to throw away: on the DATABASE_URL server, or a scratch embedded cluster. */
async function throwAwayDatabase(): Promise<{ url: string; where: string; drop(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `newsroom_bench_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      where: `database ${name} on the DATABASE_URL server, dropped afterwards`,
      async drop() {
        const c = new Client({ connectionString: serverUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const embedded = await startEmbeddedDatabase({ dataDir: scratchDataDir('newsroom-bench-pg'), persistent: false });
  return { url: embedded.url, where: 'scratch embedded PostgreSQL, removed afterwards', drop: () => embedded.stop() };
}

/**
 * The bulk-import figure: N articles as one NDJSON batch (each body made unique, or all but the first
 * would be duplicates) through ImportService, one after another as `npm run import` does: parse, duplicate
 * check, extraction with SQL matching, the DRAFT article, its mentions, revision and audit rows.
 */
async function benchImport(bodies: { title: string; publishedOn: string; body: string }[], N: number): Promise<void> {
  configureLogger('warn', false);
  const db = await throwAwayDatabase();
  const ds = createDataSource({ url: db.url, poolSize: 4 });
  try {
    await ds.initialize();
    await migrate(ds);
    await loadDemo(ds);
    const ndjson = Array.from({ length: N }, (_, i) => {
      const a = bodies[i % bodies.length];
      return JSON.stringify({
        title: `${a.title} #${i}`,
        publishedAt: a.publishedOn,
        outlet: 'bench',
        body: `${a.body}\n\n(Bench copy ${i}.)`,
      });
    }).join('\n');
    const services = createServices(ds.manager);
    const imports = new ImportService(ds.manager, services.articles);
    const viewer = systemViewer('bench');
    const counts = { imported: 0, duplicate: 0, failed: 0, mentions: 0 };
    const t0 = process.hrtime.bigint();
    for (const item of parseNdjson(ndjson, 'bench.ndjson')) {
      const outcome = await imports.importParsed(item, viewer);
      if (outcome.status === ImportStatus.IMPORTED) {
        counts.imported++;
        counts.mentions += outcome.mentionCount;
      } else if (outcome.status === ImportStatus.DUPLICATE) counts.duplicate++;
      else {
        counts.failed++;
        if (counts.failed === 1) console.error(`  first failure: ${outcome.message}`);
      }
    }
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(
      `  bulk import: ${N} articles through ImportService into a throw-away database in ${seconds.toFixed(2)} s = ${(N / seconds).toFixed(1)} articles/s ` +
        `(${counts.imported} imported as DRAFT with ${counts.mentions} mentions, ${counts.duplicate} duplicate, ${counts.failed} failed; ${db.where})`,
    );
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await db.drop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
