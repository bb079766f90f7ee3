import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { systemViewer, type Viewer } from '../auth/viewer';
import { migrate } from '../database/migrate';
import { openDatabase } from '../database/open';
import { createServices } from '../graphql/services';
import { configureLogger } from '../logger';
import { parseInput, toIsoDate, type PlainTextMeta } from '../modules/import/import.parsers';
import { ImportStatus } from '../modules/import/import.objects';
import { ImportService, type ImportOutcome } from '../modules/import/import.service';
import type { ParseResult } from '../modules/import/import.types';
import { User } from '../modules/user/user.entity';

/**
 * npm run import -- [--as EMAIL] FILE|DIR …
 * npm run import -- [--as EMAIL] --title TITLE --date YYYY-MM-DD [--outlet NAME] [--url URL] FILE
 *
 * Imports articles (the import format in .txt files, JSON and NDJSON; folders are read recursively for
 * .txt, .json, .ndjson and .jsonl) into DATABASE_URL, or the embedded database when it is unset. Each new
 * article becomes a DRAFT with the mentions of actors already known; quotes, new actors and issues are left
 * as suggestions for the editors (see the console, or the articleSuggestions query). The same text twice is
 * skipped as a duplicate. A bad file or line is reported and the rest goes on.
 *
 * --as EMAIL  record the revisions as this (active) user; without it they are the system's.
 * --title, --date (and optionally --outlet, --url) describe ONE plain-text file whose text has no
 *              " date YYYY-MM-DD Title" line: the whole file is the body.
 *
 * Progress goes to stderr, the summary to stdout. Exit code 0 when nothing failed, 1 when some item
 * failed (the others are imported), 2 for bad arguments.
 */
const USAGE =
  'usage: npm run import -- [--as EMAIL] FILE|DIR …\n' +
  '       npm run import -- [--as EMAIL] --title TITLE --date YYYY-MM-DD [--outlet NAME] [--url URL] FILE (one plain-text file)';
const META_OPTIONS: Record<string, keyof PlainTextMeta> = {
  '--title': 'title',
  '--date': 'publishedOn',
  '--outlet': 'outlet',
  '--url': 'url',
};
const EXTENSIONS = new Set(['.txt', '.json', '.ndjson', '.jsonl']);

class UsageError extends Error {}

function parseArgs(argv: string[]): { paths: string[]; as: string | null; meta?: Partial<PlainTextMeta> } {
  const paths: string[] = [];
  let as: string | null = null;
  const meta: Partial<PlainTextMeta> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') throw new UsageError(USAGE);
    const m = /^(--[a-z]+)(?:=(.*))?$/.exec(a);
    if (m && (m[1] === '--as' || META_OPTIONS[m[1]])) {
      const value = m[2] ?? argv[++i];
      if (!value || value.startsWith('--')) throw new UsageError(`${m[1]} needs a value. ${USAGE}`);
      if (m[1] === '--as') as = value;
      else meta[META_OPTIONS[m[1]]] = value;
    } else if (a.startsWith('--')) throw new UsageError(`Unknown option "${a}". ${USAGE}`);
    else paths.push(a);
  }
  if (!paths.length) throw new UsageError(USAGE);
  if (!Object.keys(meta).length) return { paths, as };
  // Title and date describe one article: one plain-text file, both given, the date a real one.
  if (!meta.title || !meta.publishedOn) throw new UsageError(`--title and --date go together (with one plain-text FILE). ${USAGE}`);
  if (!toIsoDate(meta.publishedOn)) throw new UsageError(`--date "${meta.publishedOn}" is not a date (YYYY-MM-DD)`);
  if (paths.length !== 1 || !fs.existsSync(paths[0]) || !fs.statSync(paths[0]).isFile())
    throw new UsageError(
      `--title and --date describe one plain-text FILE, not ${paths.length === 1 ? `"${paths[0]}"` : `${paths.length} paths`}`,
    );
  return { paths, as, meta };
}

interface InputFile {
  file: string;
  size: number;
}

/** Files named on the command line are taken whatever their extension; folders give their article files, sorted. */
function collect(paths: string[], unreadable: ImportOutcome[]): InputFile[] {
  const files: InputFile[] = [];
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      unreadable.push({
        source: dir,
        status: 'FAILED',
        code: 'REFUSED',
        message: `${dir}: cannot read the folder (${(error as Error).message})`,
      });
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.name.startsWith('.')) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && EXTENSIONS.has(path.extname(e.name).toLowerCase())) files.push({ file: full, size: fs.statSync(full).size });
    }
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      unreadable.push({ source: p, status: 'FAILED', code: 'REFUSED', message: `${p}: no such file or folder` });
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else files.push({ file: p, size: stat.size });
  }
  return files;
}

/** A one-line progress bar on stderr: redrawn in place on a terminal, a line every 10 % otherwise. */
class Progress {
  private readonly tty = Boolean(process.stderr.isTTY);
  private lastDecile = -1;
  private lastDraw = 0;

  constructor(private readonly totalBytes: number) {}

  update(doneBytes: number, counts: Counts, final = false): void {
    const ratio = this.totalBytes ? Math.min(1, doneBytes / this.totalBytes) : 1;
    const width = 30;
    const filled = Math.round(ratio * width);
    const line =
      `import [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ` +
      `${counts.files}/${counts.totalFiles} files, ${counts.imported} imported, ${counts.duplicates} duplicate, ${counts.failed} failed`;
    if (this.tty) {
      const now = Date.now();
      if (!final && now - this.lastDraw < 100) return;
      this.lastDraw = now;
      process.stderr.write(`\r${line}\x1b[K${final ? '\n' : ''}`);
    } else {
      const decile = Math.floor(ratio * 10);
      if (decile === this.lastDecile && !final) return;
      this.lastDecile = decile;
      process.stderr.write(`${line}\n`);
    }
  }
}

interface Counts {
  totalFiles: number;
  files: number;
  imported: number;
  duplicates: number;
  failed: number;
}

async function viewerFor(email: string | null, services: ReturnType<typeof createServices>): Promise<Viewer> {
  if (!email) return systemViewer('import');
  const user = await services.dataSource
    .getRepository(User)
    .createQueryBuilder('u')
    .where('lower(u.email) = :email', { email: email.trim().toLowerCase() })
    .getOne();
  if (!user) throw new UsageError(`--as ${email}: no user with this email (create one with npm run user:create)`);
  if (!user.active) throw new UsageError(`--as ${email}: this user is inactive`);
  return { user, requestId: 'import' };
}

async function main(): Promise<number> {
  const { paths, as, meta } = parseArgs(process.argv.slice(2));
  configureLogger('warn', false);
  const outcomes: ImportOutcome[] = [];
  const files = collect(paths, outcomes);
  const db = await openDatabase();
  const started = Date.now();
  const counts: Counts = { totalFiles: files.length, files: 0, imported: 0, duplicates: 0, failed: outcomes.length };
  try {
    await migrate(db.dataSource);
    const services = createServices(db.dataSource.manager);
    const viewer = await viewerFor(as, services);
    const imports = new ImportService(db.dataSource.manager, services.articles);
    console.error(
      `import: ${files.length} file(s) into ${db.location}, as ${viewer.user ? `${viewer.user.name} <${viewer.user.email}>` : 'the system'}`,
    );
    const progress = new Progress(files.reduce((n, f) => n + f.size, 0));
    let doneBytes = 0;
    const record = (outcome: ImportOutcome) => {
      outcomes.push(outcome);
      if (outcome.status === ImportStatus.IMPORTED) counts.imported++;
      else if (outcome.status === ImportStatus.DUPLICATE) counts.duplicates++;
      else counts.failed++;
    };
    for (const { file, size } of files) {
      let items: ParseResult[];
      try {
        items = parseInput(file, fs.readFileSync(file), meta);
      } catch (error) {
        items = [{ ok: false, error: { source: file, code: 'EMPTY', message: `${file}: cannot read (${(error as Error).message})` } }];
      }
      for (let i = 0; i < items.length; i++) {
        try {
          record(await imports.importParsed(items[i], viewer));
        } catch (error) {
          // Something unexpected (the database went away?): report it against the item and go on.
          const source = items[i].ok ? (items[i] as { article: { source: string } }).article.source : file;
          record({ source, status: 'FAILED', code: 'REFUSED', message: `${source}: ${(error as Error).message}` });
        }
        progress.update(doneBytes + (size * (i + 1)) / items.length, counts);
      }
      doneBytes += size;
      counts.files++;
      progress.update(doneBytes, counts);
    }
    progress.update(doneBytes, counts, true);
  } finally {
    await db.close();
  }
  printSummary(outcomes, counts, (Date.now() - started) / 1000);
  return counts.failed ? 1 : 0;
}

function printSummary(outcomes: ImportOutcome[], counts: Counts, seconds: number): void {
  const out: string[] = [];
  const articles = counts.imported + counts.duplicates + counts.failed;
  out.push(`Import summary (${counts.files} file(s), ${articles} article(s) in ${seconds.toFixed(1)} s)`);
  const imported = outcomes.filter((o) => o.status === ImportStatus.IMPORTED);
  const quotes = imported.reduce((n, o) => n + (o.status === ImportStatus.IMPORTED ? o.suggestions.quotes.length : 0), 0);
  out.push(
    `  imported:           ${counts.imported}` +
      (counts.imported ? ` (as DRAFT; ${quotes} quote suggestion(s) waiting for an editor: see articleSuggestions)` : ''),
  );
  for (const o of imported) if (o.status === ImportStatus.IMPORTED) out.push(`    ${o.source}: "${o.article.title}" (id ${o.article.id})`);
  out.push(`  duplicates skipped: ${counts.duplicates}`);
  for (const o of outcomes) {
    if (o.status === ImportStatus.DUPLICATE) out.push(`    ${o.source}: already stored as "${o.article.title}" (id ${o.article.id})`);
  }
  out.push(`  failed:             ${counts.failed}`);
  for (const o of outcomes) if (o.status === 'FAILED') out.push(`    [${o.code}] ${o.message}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

// An explicit exit: the embedded database's exit hook would otherwise end the process with code 0.
main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
