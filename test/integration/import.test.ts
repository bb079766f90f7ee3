import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { codePointSlice, LIMITS, type ActorKind } from '@newsroom/shared';
import { systemViewer } from '../../api/src/auth/viewer';
import { createServices } from '../../api/src/graphql/services';
import { parseInput } from '../../api/src/modules/import/import.parsers';
import { ImportService, type ImportOutcome } from '../../api/src/modules/import/import.service';
import { createStaff, ok, startTestApp, type Staff, type TestApp } from '../support/app';

/** Article import (issue 5): the importArticle mutation, articleSuggestions, ImportService batches and `npm run import`. */
const ROOT = path.resolve(__dirname, '../..');
// The example article: ../shared/seed beside the clone (CI), or the copy kept in the repo's fixtures.
const SHARED_SEED = path.join(ROOT, '../shared/seed/000_7b9f7186373ab6fd.txt');
const FIXTURE_SEED = path.join(ROOT, 'api/fixtures/extraction-dev/articles/seed-000_7b9f7186373ab6fd.txt');
const SEED_TEXT = fs.readFileSync(fs.existsSync(SHARED_SEED) ? SHARED_SEED : FIXTURE_SEED, 'utf8');
const CLI = path.join(ROOT, 'api/dist/api/src/scripts/import.js');

interface DemoFixture {
  actors: { key: string; kind: ActorKind; name: string; aliases: string[]; misspellings: string[] }[];
  issues: { key: string; title: string; slug: string; description: string; aliases: string[]; parent: string | null }[];
  quotes: { kind: string; speaker: string; coSpeakers: string[]; startOffset: number; endOffset: number; text: string }[];
}
const demo = JSON.parse(fs.readFileSync(path.join(ROOT, 'api/fixtures/demo.json'), 'utf8')) as DemoFixture;

let app: TestApp;
let editor: Staff;
const ids = new Map<string, string>();
const as = (query: string, variables?: Record<string, unknown>) => app.gql(query, variables, editor.headers);

const IMPORT = `mutation($i: ImportArticleInput!) { importArticle(input: $i) {
  status message mentionCount
  article { id status title publishedOn body mentions { text startOffset endOffset actor { id } } }
  suggestions { articleId
    quotes { text startOffset endOffset kind confidence existingQuoteId cue { text }
             speaker { name resolution actorId kind mention { text startOffset endOffset } }
             coSpeakers { name resolution actorId } }
    actors { name kind isNew matchedActorId matchedVia spellingToRecord mentions { text startOffset endOffset } }
    issues { issueId title confidence issue { slug } } } } }`;

async function counts() {
  const [row] = await app.ds.query(
    `SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM actors)::int AS actors,
            (SELECT count(*) FROM quotes)::int AS quotes, (SELECT count(*) FROM issues)::int AS issues,
            (SELECT count(*) FROM revisions)::int AS revisions, (SELECT count(*) FROM article_mentions)::int AS mentions`,
  );
  return row as Record<string, number>;
}

beforeAll(async () => {
  app = await startTestApp();
  ({ editor } = await createStaff(app));
  // The demo actors and issues as an editor would have created them before ever seeing this article:
  // without the misspellings "Vladmir Putin" and "Jeyhum Bayramov", which the import must flag.
  const services = createServices(app.ds.manager);
  const viewer = systemViewer('test');
  for (const a of demo.actors) {
    const actor = await services.actors.create({ kind: a.kind, name: a.name, aliases: a.aliases, misspellings: [] }, viewer);
    ids.set(a.key, actor.id);
  }
  for (const i of demo.issues) {
    const issue = await services.issues.create(
      { title: i.title, slug: i.slug, description: i.description, aliases: i.aliases, parentId: i.parent ? ids.get(i.parent)! : null },
      viewer,
    );
    ids.set(i.key, issue.id);
  }
});
afterAll(() => app?.close());

describe('importArticle', () => {
  let imported: any;
  let before: Record<string, number>;

  beforeAll(async () => {
    before = await counts();
    imported = ok(await as(IMPORT, { i: { text: SEED_TEXT } })).importArticle;
  });

  it('stores the example article as a DRAFT with its title and date, and says what it found', () => {
    expect(imported.status).toBe('IMPORTED');
    expect(imported.article).toMatchObject({
      status: 'DRAFT',
      title: 'Putin Calls Aliyev to Discuss Armenia-Azerbaijan Peace Process',
      publishedOn: '2024-08-28',
    });
    expect(imported.article.body.startsWith('President Vladmir Putin of Russia called')).toBe(true);
    expect(imported.message).toMatch(/DRAFT/);
    expect(imported.suggestions.articleId).toBe(imported.article.id);
  });

  it('finds the three direct quotes at the exact offsets, with the right speakers', () => {
    const { body } = imported.article;
    const direct = imported.suggestions.quotes.filter((q: any) => q.kind === 'DIRECT');
    const expected = demo.quotes.filter((q) => q.kind === 'DIRECT');
    expect(direct.map((q: any) => [q.startOffset, q.endOffset, q.text])).toEqual(expected.map((q) => [q.startOffset, q.endOffset, q.text]));
    for (const q of imported.suggestions.quotes) expect(codePointSlice(body, q.startOffset, q.endOffset)).toBe(q.text);
    expect(direct.map((q: any) => [q.speaker.resolution, q.speaker.actorId, q.coSpeakers.map((c: any) => c.actorId)])).toEqual(
      expected.map((q) => ['MATCHED', ids.get(q.speaker), q.coSpeakers.map((k) => ids.get(k))]),
    );
    expect(direct[0].cue.text).toBe('According to');
    expect(direct[2].speaker.mention).toMatchObject({ text: 'Bayramov' });
    for (const q of direct) expect(q.existingQuoteId).toBeNull();
    const paraphrase = imported.suggestions.quotes.filter((q: any) => q.kind === 'PARAPHRASE');
    expect(paraphrase.length).toBeGreaterThan(0);
    expect(Math.max(...paraphrase.map((q: any) => q.confidence))).toBeLessThan(Math.min(...direct.map((q: any) => q.confidence)));
  });

  it('matches "Vladmir" and "Jeyhum" to the existing actors and flags the spellings to record', () => {
    const byId = new Map(imported.suggestions.actors.map((a: any) => [a.matchedActorId, a]));
    expect(byId.get(ids.get('putin'))).toMatchObject({
      name: 'Vladimir Putin',
      isNew: false,
      matchedVia: 'TRIGRAM',
      spellingToRecord: 'Vladmir Putin',
    });
    expect(byId.get(ids.get('bayramov'))).toMatchObject({
      name: 'Jeyhun Bayramov',
      matchedVia: 'TRIGRAM',
      spellingToRecord: 'Jeyhum Bayramov',
    });
    expect((byId.get(ids.get('putin')) as any).mentions[0]).toEqual({ text: 'Vladmir Putin', startOffset: 10, endOffset: 23 });
    // Correctly spelt names are matched without a spelling to record.
    expect(byId.get(ids.get('aliyev'))).toMatchObject({ spellingToRecord: null, isNew: false });
    for (const a of imported.suggestions.actors) if (a.isNew) expect(a.matchedActorId).toBeNull();
  });

  it('stores the mentions of existing actors, misspellings as written, at exact offsets', () => {
    const { body, mentions } = imported.article;
    expect(mentions.length).toBe(imported.mentionCount);
    expect(mentions.length).toBeGreaterThan(10);
    for (const m of mentions) expect(codePointSlice(body, m.startOffset, m.endOffset)).toBe(m.text);
    expect(mentions.find((m: any) => m.text === 'Vladmir Putin').actor.id).toBe(ids.get('putin'));
    expect(mentions.find((m: any) => m.text === 'Jeyhum Bayramov').actor.id).toBe(ids.get('bayramov'));
  });

  it('ranks the peace-process issues', () => {
    const slugs = imported.suggestions.issues.map((i: any) => i.issue.slug);
    expect(slugs).toEqual(
      expect.arrayContaining(['armenia-azerbaijan-peace-process', 'peace-treaty-draft', 'border-delimitation-and-demarcation']),
    );
    const conf = imported.suggestions.issues.map((i: any) => i.confidence);
    expect([...conf].sort((a, b) => b - a)).toEqual(conf);
  });

  it('creates nothing but the article, its mentions and its revision: no actor, quote or issue', async () => {
    const after = await counts();
    expect(after).toEqual({
      ...before,
      articles: before.articles + 1,
      mentions: before.mentions + imported.mentionCount,
      revisions: before.revisions + 1,
    });
  });

  it('refuses the same article twice, naming the stored one, and creates nothing', async () => {
    const before2 = await counts();
    const again = ok(await as(IMPORT, { i: { text: SEED_TEXT.replace(/\n/g, '\r\n') } })).importArticle;
    expect(again).toMatchObject({ status: 'DUPLICATE', mentionCount: 0, suggestions: null });
    expect(again.article.id).toBe(imported.article.id);
    expect(again.message).toMatch(/already stored as "Putin Calls Aliyev/);
    // The same body given as plain text with another title is the same article too.
    const plain = ok(
      await as(IMPORT, { i: { title: 'Another headline', publishedOn: '2024-08-29', body: imported.article.body } }),
    ).importArticle;
    expect(plain.status).toBe('DUPLICATE');
    expect(await counts()).toEqual(before2);
  });

  it('keeps imports invisible to anonymous clients, and refuses anonymous imports', async () => {
    const anon = ok(await app.gql(`query($id: ID!) { articles { totalCount } article(id: $id) { id } }`, { id: imported.article.id }));
    expect(anon).toEqual({ articles: { totalCount: 0 }, article: null });
    const refused = await app.gql(IMPORT, { i: { text: SEED_TEXT } });
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const suggestions = await app.gql(`query($id: ID!) { articleSuggestions(id: $id) { articleId } }`, { id: imported.article.id });
    expect(suggestions.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('re-runs extraction for a stored article, knowing what the editor has confirmed since', async () => {
    const q = imported.suggestions.quotes.find((x: any) => x.kind === 'DIRECT' && x.speaker.actorId === ids.get('bayramov'));
    ok(
      await as(`mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }`, {
        i: {
          text: q.text,
          kind: 'DIRECT',
          speakerId: q.speaker.actorId,
          articleId: imported.article.id,
          startOffset: q.startOffset,
          endOffset: q.endOffset,
          saidOn: '2024-08-28',
          delivery: 'PRESS_CONFERENCE',
        },
      }),
    );
    const putin = ok(await as(`query($id: ID!) { actor(id: $id) { version } }`, { id: ids.get('putin') })).actor;
    ok(
      await as(`mutation($id: ID!, $i: UpdateActorInput!) { updateActor(id: $id, input: $i) { id } }`, {
        id: ids.get('putin'),
        i: { expectedVersion: putin.version, misspellings: ['Vladmir Putin'] },
      }),
    );
    const s = ok(
      await as(
        `query($id: ID!) { articleSuggestions(id: $id) { articleId
           quotes { startOffset existingQuoteId speaker { actorId actor { name } } }
           actors { matchedActorId matchedVia spellingToRecord actor { name misspellings } } } }`,
        { id: imported.article.id },
      ),
    ).articleSuggestions;
    expect(s.quotes.find((x: any) => x.startOffset === q.startOffset).existingQuoteId).toEqual(expect.any(String));
    expect(s.quotes.filter((x: any) => x.existingQuoteId).length).toBe(1);
    const p = s.actors.find((a: any) => a.matchedActorId === ids.get('putin'));
    expect(p).toMatchObject({
      matchedVia: 'MISSPELLING',
      spellingToRecord: null,
      actor: { name: 'Vladimir Putin', misspellings: ['Vladmir Putin'] },
    });
    const missing = await as(`{ articleSuggestions(id: "00000000-0000-4000-8000-000000000000") { articleId } }`);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('gives each unreadable input a clear error naming the problem', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ text: '' }, 'EMPTY', /empty/],
      [{ text: '   \n\n ' }, 'EMPTY', /empty/],
      [{ text: 'Putin called Aliyev.\n\nMore text.' }, 'MISSING_DATE_LINE', /first line must be " date YYYY-MM-DD Title"/],
      [{ text: ' date 2024-02-30 Title\n\nBody' }, 'INVALID_DATE', /not a valid date/],
      [{ text: ` date 2024-01-01 Binary\n\n${'\u0000\u0001\u0002'.repeat(20)}` }, 'BINARY', /binary/],
      [{ text: ` date 2024-01-01 Big\n\n${'a'.repeat(LIMITS.bodyMax + 1)}` }, 'TOO_LARGE', /limit is 1000000/],
      [{ title: 'Only a title', body: 'Text' }, 'MISSING_FIELD', /publishedOn/],
    ];
    const before3 = await counts();
    for (const [input, code, message] of cases) {
      const result = await as(`mutation($i: ImportArticleInput!) { importArticle(input: $i) { status } }`, { i: input });
      expect([code, result.errors?.[0].extensions?.code, result.errors?.[0].extensions?.importError]).toEqual([
        code,
        'BAD_USER_INPUT',
        code,
      ]);
      expect(result.errors?.[0].message).toMatch(message);
    }
    const both = await as(`mutation { importArticle(input: { text: "x", body: "y" }) { status } }`);
    expect(both.errors?.[0].message).toMatch(/either text .* or title, publishedOn and body/);
    expect(await counts()).toEqual(before3);
  });
});

describe('ImportService in a batch', () => {
  it('imports the good items and reports each bad one, whatever the order', async () => {
    const services = createServices(app.ds.manager);
    const imports = new ImportService(app.ds.manager, services.articles);
    const files: [string, Buffer][] = [
      ['empty.txt', Buffer.alloc(0)],
      ['nodate.txt', Buffer.from('A headline without a date\n\nThe body.')],
      ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])],
      ['big.txt', Buffer.from(` date 2024-01-01 Big\n\n${'word '.repeat(LIMITS.bodyMax / 5 + 1)}`)],
      ['broken.json', Buffer.from('{"title": "x", "publishedAt": "2024-01-01", "body": "y"')],
      [
        'good.txt',
        Buffer.from(' date 2024-03-01 Minister speaks\n\n"We will not sign this treaty under any pressure," the minister said.'),
      ],
      [
        'batch.ndjson',
        Buffer.from(
          [
            JSON.stringify({ title: 'One', publishedAt: '2024-03-02', outlet: 'Example Daily', body: 'First body of the batch.' }),
            '{not json',
            JSON.stringify({ title: 'Two', publishedAt: '2024-03-03T10:00:00Z', url: 'ftp://example.org/x', body: 'Second body.' }),
            JSON.stringify({ title: 'Three', publishedAt: '2024-03-04', language: 'en-GB', body: 'First body of the batch.' }),
          ].join('\n'),
        ),
      ],
    ];
    const outcomes: ImportOutcome[] = [];
    for (const [name, bytes] of files) {
      for (const item of parseInput(name, bytes)) outcomes.push(await imports.importParsed(item, systemViewer('test')));
    }
    const summary = outcomes.map((o) => [o.source, o.status === 'FAILED' ? o.code : o.status]);
    expect(summary).toEqual([
      ['empty.txt', 'EMPTY'],
      ['nodate.txt', 'MISSING_DATE_LINE'],
      ['binary.txt', 'BINARY'],
      ['big.txt', 'TOO_LARGE'],
      ['broken.json', 'INVALID_JSON'],
      ['good.txt', 'IMPORTED'],
      ['batch.ndjson:1', 'IMPORTED'],
      ['batch.ndjson:2', 'INVALID_JSON'],
      ['batch.ndjson:3', 'INVALID_FIELD'],
      ['batch.ndjson:4', 'DUPLICATE'],
    ]);
    for (const o of outcomes) if (o.status === 'FAILED') expect(o.message.startsWith(o.source)).toBe(true);
    const good = outcomes[5];
    if (good.status !== 'IMPORTED') throw new Error('good.txt was not imported');
    expect(good.article.status).toBe('DRAFT');
    expect(good.suggestions.quotes[0]).toMatchObject({
      kind: 'DIRECT',
      text: 'We will not sign this treaty under any pressure',
      speaker: { resolution: 'UNNAMED', name: 'the minister' },
    });
  });
});

function run(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run import', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-import-'));
    fs.mkdirSync(path.join(dir, 'more'));
    fs.writeFileSync(path.join(dir, 'seed.txt'), SEED_TEXT);
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(
      path.join(dir, 'more', 'fresh.txt'),
      ' date 2024-05-01 A fresh one\n\n"Nobody will stop this project now," Ilham Aliyev said.',
    );
    fs.writeFileSync(path.join(dir, 'more', 'bad.json'), '[{"title": "x",');
    fs.writeFileSync(path.join(dir, 'more', 'notes.md'), 'not an article: skipped in folders');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('imports a folder as a named user, skipping the duplicate and reporting the failures', async () => {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    const before = await counts();
    const url = (app.ds.options as { url: string }).url;
    const result = await run(['--as', editor.email, dir], { DATABASE_URL: url });
    expect(result.stdout).toMatch(/^Import summary \(4 file\(s\), 4 article\(s\)/);
    expect(result.stdout).toMatch(/imported: +1 \(as DRAFT/);
    expect(result.stdout).toMatch(/more\/fresh\.txt: "A fresh one"/);
    expect(result.stdout).toMatch(/duplicates skipped: 1\n.*seed\.txt: already stored as "Putin Calls Aliyev/);
    expect(result.stdout).toMatch(/failed: +2/);
    expect(result.stdout).toMatch(/\[EMPTY\] .*empty\.txt: the file is empty/);
    expect(result.stdout).toMatch(/\[INVALID_JSON\] .*bad\.json: invalid JSON/);
    expect(result.stderr).toMatch(/as Test editor <editor@example.org>/);
    expect(result.stderr).toMatch(/\[#{30}\] 100% 4\/4 files, 1 imported, 1 duplicate, 2 failed/);
    expect(result.code).toBe(1);
    const after = await counts();
    expect(after.articles).toBe(before.articles + 1);
    expect(after.actors).toBe(before.actors);
    const [row] = await app.ds.query(`SELECT status, created_by FROM articles WHERE title = 'A fresh one'`);
    expect(row).toEqual({ status: 'DRAFT', created_by: editor.id });
  });

  it('imports one plain-text file with the title and date given on the command line', async () => {
    const url = (app.ds.options as { url: string }).url;
    const file = path.join(dir, 'plain.txt');
    fs.writeFileSync(file, 'The council met on Tuesday.\n\n"We have agreed the budget for next year," the mayor said.');
    const result = await run(['--title', 'Council agrees budget', '--date', '2024-06-04', '--outlet', 'Town Crier', file], {
      DATABASE_URL: url,
    });
    expect(result.stdout).toMatch(/imported: +1/);
    expect(result.code).toBe(0);
    const [row] = await app.ds.query(
      `SELECT a.published_on::text AS published_on, o.name AS outlet, left(a.body, 27) AS body FROM articles a LEFT JOIN outlets o ON o.id = a.outlet_id WHERE a.title = 'Council agrees budget'`,
    );
    expect(row).toEqual({ published_on: '2024-06-04', outlet: 'Town Crier', body: 'The council met on Tuesday.' });
  });

  it.each([
    [['--title', 'Only a title', 'x.txt'], /--title and --date go together/],
    [['--title', 'T', '--date', '2024-13-40', 'x.txt'], /--date "2024-13-40" is not a date/],
    [['--title', 'T', '--date', '2024-01-01', 'a.txt', 'b.txt'], /describe one plain-text FILE, not 2 paths/],
    [['--date'], /--date needs a value/],
  ])('refuses %j with a usage error', async (args, message) => {
    const result = await run(args, {});
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('refuses an unknown --as user before importing anything', async () => {
    const url = (app.ds.options as { url: string }).url;
    const result = await run(['--as', 'nobody@example.org', dir], { DATABASE_URL: url });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no user with this email/);
  });
});
