/**
 * The benchmark dataset: actors with roles, a tree of issues, outlets, articles
 * whose bodies really contain their quotes at the recorded offsets, mentions,
 * and two issues per quote. Rows are built here (deterministic, seeded) and sent
 * in large `INSERT … SELECT FROM unnest($1::type[], …)` batches: one statement per
 * table and chunk, no per-row round trips.
 */
import crypto from 'node:crypto';
import type { Client } from 'pg';
import { ProgressBar, info } from './progress';
import {
  CITIES,
  COUNTRIES,
  FIRST_NAMES,
  ISSUE_ASPECTS,
  ISSUE_TOPICS,
  LAST_NAMES,
  MINISTRIES,
  MONTHS,
  ORGANIZATIONS,
  OUTLETS,
  ROLE_TITLES,
  Random,
  fill,
  fillerTemplate,
  misspell,
  quoteText,
} from './text';

export interface DatasetSize {
  actors: number;
  articles: number;
  quotes: number;
  issues: number;
  /** Issues linked to each quote. */
  issuesPerQuote: number;
}

export function datasetSize(scale: number): DatasetSize {
  return {
    actors: Math.max(50, Math.round(2000 * scale)),
    articles: Math.max(100, Math.round(20_000 * scale)),
    quotes: Math.max(500, Math.round(200_000 * scale)),
    issues: Math.max(20, Math.round(200 * Math.min(1, Math.sqrt(scale)))),
    issuesPerQuote: 2,
  };
}

type Kind = 'PERSON' | 'ORGANIZATION' | 'COUNTRY' | 'GOVERNMENT_BODY' | 'MEDIA';

interface Actor {
  id: string;
  kind: Kind;
  name: string;
  misspelling: string;
}

const cpLength = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++; // low surrogates belong to the code point before them
  }
  return n;
};

const pgArray = (values: string[]): string => `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;

const isoDate = (day: number): string => new Date(Date.UTC(2016, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

/** Columns present in a table, cached: the schema is changing (review workflow) and the generator adapts. */
class Columns {
  private readonly cache = new Map<string, Set<string>>();
  constructor(private readonly client: Client) {}
  async of(table: string): Promise<Set<string>> {
    let set = this.cache.get(table);
    if (!set) {
      const { rows } = await this.client.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
        [table],
      );
      set = new Set(rows.map((r) => r.column_name));
      this.cache.set(table, set);
    }
    return set;
  }
  /** Constant values that mark a working row as approved, for the review columns this table has. */
  async approved(table: string): Promise<Record<string, string>> {
    const cols = await this.of(table);
    const out: Record<string, string> = {};
    if (cols.has('status')) out.status = `'APPROVED'`;
    if (cols.has('approved_version')) out.approved_version = '1';
    return out;
  }
}

interface Column {
  type: string;
  values: unknown[];
  /** SQL applied to the unnested value, e.g. `$::text[]` for array literals. */
  expr?: string;
}

async function bulkInsert(client: Client, columns: Columns, table: string, data: Record<string, Column>): Promise<void> {
  const names = Object.keys(data);
  if (!data[names[0]].values.length) return;
  const constants = await columns.approved(table);
  const targets = [...names, ...Object.keys(constants)].map((n) => `"${n}"`).join(', ');
  const selects = [
    ...names.map((n) => (data[n].expr ? data[n].expr!.replace('$', `u."${n}"`) : `u."${n}"`)),
    ...Object.values(constants),
  ].join(', ');
  const unnest = names.map((n, i) => `$${i + 1}::${data[n].type}[]`).join(', ');
  const alias = names.map((n) => `"${n}"`).join(', ');
  await client.query(
    `INSERT INTO "${table}" (${targets}) SELECT ${selects} FROM unnest(${unnest}) AS u(${alias})`,
    names.map((n) => data[n].values),
  );
}

export interface GenerationResult {
  counts: Record<string, number>;
  seconds: number;
}

export async function generateDataset(client: Client, size: DatasetSize, seed = 20240601): Promise<GenerationResult> {
  const started = Date.now();
  const rnd = new Random(seed);
  const columns = new Columns(client);
  await client.query(`SET synchronous_commit = off`);

  // Outlets
  const outlets = OUTLETS.map((name) => ({ id: rnd.uuid(), name }));
  await bulkInsert(client, columns, 'outlets', {
    id: { type: 'uuid', values: outlets.map((o) => o.id) },
    name: { type: 'text', values: outlets.map((o) => o.name) },
    url: { type: 'text', values: outlets.map((o) => `https://${o.name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example/`) },
  });

  // Actors: mostly people, some states, bodies, organisations and media.
  const actors: Actor[] = [];
  const aliases: string[] = [];
  const misspellings: string[] = [];
  const descriptions: (string | null)[] = [];
  const qids: (string | null)[] = [];
  const nf = FIRST_NAMES.length;
  const nl = LAST_NAMES.length;
  for (let n = 0; n < size.actors; n++) {
    const roll = rnd.next();
    const kind: Kind =
      roll < 0.82 ? 'PERSON' : roll < 0.88 ? 'GOVERNMENT_BODY' : roll < 0.93 ? 'ORGANIZATION' : roll < 0.97 ? 'COUNTRY' : 'MEDIA';
    let name: string;
    let alias: string[] = [];
    if (kind === 'PERSON') {
      const first = FIRST_NAMES[n % nf];
      const last = LAST_NAMES[Math.floor(n / nf) % nl];
      const round = Math.floor(n / (nf * nl));
      name = round ? `${first} ${String.fromCharCode(65 + ((round - 1) % 26))}. ${last}` : `${first} ${last}`;
      alias = [last, `${first[0]}. ${last}`];
    } else if (kind === 'COUNTRY') {
      name = rnd.pick(COUNTRIES);
      alias = [`Republic of ${name}`];
    } else if (kind === 'GOVERNMENT_BODY') {
      name = `${rnd.pick(MINISTRIES)} of ${rnd.pick(COUNTRIES)}`;
    } else if (kind === 'ORGANIZATION') {
      name = rnd.pick(ORGANIZATIONS);
    } else {
      name = rnd.pick(OUTLETS);
    }
    const wrong = misspell(name, rnd);
    actors.push({ id: rnd.uuid(), kind, name, misspelling: wrong });
    aliases.push(pgArray(alias));
    misspellings.push(pgArray([wrong]));
    descriptions.push(kind === 'PERSON' ? `${rnd.pick(ROLE_TITLES)} of ${rnd.pick(COUNTRIES)}` : null);
    qids.push(rnd.chance(0.5) ? `Q${100000 + n}` : null);
  }
  await bulkInsert(client, columns, 'actors', {
    id: { type: 'uuid', values: actors.map((a) => a.id) },
    kind: { type: 'text', values: actors.map((a) => a.kind), expr: '$::actor_kind' },
    name: { type: 'text', values: actors.map((a) => a.name) },
    aliases: { type: 'text', values: aliases, expr: '$::text[]' },
    misspellings: { type: 'text', values: misspellings, expr: '$::text[]' },
    description: { type: 'text', values: descriptions },
    wikidata_qid: { type: 'text', values: qids },
  });
  const people = actors.filter((a) => a.kind === 'PERSON');
  const bodies = actors.filter((a) => a.kind !== 'PERSON' && a.kind !== 'MEDIA');

  // Roles: one or two posts per person, some ended.
  const roles = {
    id: [] as string[],
    actor: [] as string[],
    title: [] as string[],
    org: [] as (string | null)[],
    from: [] as string[],
    to: [] as (string | null)[],
  };
  for (const person of people) {
    const count = 1 + rnd.int(2);
    let day = rnd.int(1500);
    for (let r = 0; r < count; r++) {
      const length = 200 + rnd.int(1500);
      const ended = r < count - 1 || rnd.chance(0.3);
      roles.id.push(rnd.uuid());
      roles.actor.push(person.id);
      roles.title.push(rnd.pick(ROLE_TITLES));
      roles.org.push(bodies.length && rnd.chance(0.8) ? rnd.pick(bodies).id : null);
      roles.from.push(isoDate(day));
      roles.to.push(ended ? isoDate(day + length) : null);
      day += length + 1;
    }
  }
  await bulkInsert(client, columns, 'actor_roles', {
    id: { type: 'uuid', values: roles.id },
    actor_id: { type: 'uuid', values: roles.actor },
    title: { type: 'text', values: roles.title },
    organization_id: { type: 'uuid', values: roles.org },
    started_on: { type: 'date', values: roles.from },
    ended_on: { type: 'date', values: roles.to },
  });

  // Issues: a tree. The first tenth are roots; each later issue hangs under an earlier one.
  const roots = Math.max(2, Math.round(size.issues / 10));
  const issues: { id: string; title: string; parent: number | null }[] = [];
  for (let n = 0; n < size.issues; n++) {
    const parent = n < roots ? null : Math.floor((n - roots) / 3);
    const title =
      parent === null
        ? ISSUE_TOPICS[n % ISSUE_TOPICS.length] + (n >= ISSUE_TOPICS.length ? ` (${Math.floor(n / ISSUE_TOPICS.length) + 1})` : '')
        : `${issues[parent].title.split(':')[0]}: ${ISSUE_ASPECTS[(n * 7) % ISSUE_ASPECTS.length]} ${n}`;
    issues.push({ id: rnd.uuid(), title, parent });
  }
  await bulkInsert(client, columns, 'issues', {
    id: { type: 'uuid', values: issues.map((i) => i.id) },
    title: { type: 'text', values: issues.map((i) => i.title) },
    slug: {
      type: 'text',
      values: issues.map(
        (i, n) =>
          `${i.title
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '')}-${n}`,
      ),
    },
    description: { type: 'text', values: issues.map((i) => `Statements and reporting on ${i.title.toLowerCase()}.`) },
    parent_id: { type: 'uuid', values: issues.map((i) => (i.parent === null ? null : issues[i.parent].id)) },
  });
  const ia = { issue: [] as string[], actor: [] as string[] };
  for (const issue of issues) {
    const chosen = new Set<string>();
    const wanted = 3 + rnd.int(4);
    for (let k = 0; k < wanted; k++) chosen.add(rnd.pick(actors).id);
    for (const actor of chosen) {
      ia.issue.push(issue.id);
      ia.actor.push(actor);
    }
  }
  await bulkInsert(client, columns, 'issue_actors', {
    issue_id: { type: 'uuid', values: ia.issue },
    actor_id: { type: 'uuid', values: ia.actor },
  });

  // Articles with their quotes, mentions and quote-issue links, in chunks.
  const CHUNK = 500;
  const bar = new ProgressBar('articles', size.articles);
  let quotesMade = 0;
  let mentionsMade = 0;
  const deliveries = [
    'STATEMENT',
    'STATEMENT',
    'STATEMENT',
    'PRESS_CONFERENCE',
    'PRESS_CONFERENCE',
    'INTERVIEW',
    'INTERVIEW',
    'READOUT',
    'MEDIA_REPORT',
    'SOCIAL_MEDIA',
    'OTHER',
  ];
  const speaker = () => (rnd.chance(0.9) ? people[Math.floor(people.length * rnd.next() ** 2)] : rnd.pick(bodies.length ? bodies : people));
  const issueIndex = () => Math.floor(size.issues * rnd.next() ** 1.5);

  for (let from = 0; from < size.articles; from += CHUNK) {
    const to = Math.min(size.articles, from + CHUNK);
    const art = {
      id: [] as string[],
      title: [] as string[],
      on: [] as string[],
      outlet: [] as string[],
      url: [] as string[],
      body: [] as string[],
      hash: [] as string[],
      created: [] as string[],
    };
    const q = {
      id: [] as string[],
      text: [] as string[],
      kind: [] as string[],
      speaker: [] as string[],
      article: [] as string[],
      start: [] as number[],
      end: [] as number[],
      said: [] as string[],
      delivery: [] as string[],
      context: [] as (string | null)[],
      created: [] as string[],
    };
    const m = {
      id: [] as string[],
      article: [] as string[],
      actor: [] as string[],
      start: [] as number[],
      end: [] as number[],
      text: [] as string[],
    };
    const qi = { quote: [] as string[], issue: [] as string[] };

    for (let n = from; n < to; n++) {
      const articleId = rnd.uuid();
      const day = rnd.int(3650);
      const date = new Date(Date.UTC(2016, 0, 1) + day * 86_400_000);
      const outlet = rnd.pick(outlets);
      const quoteCount = Math.floor(((n + 1) * size.quotes) / size.articles) - Math.floor((n * size.quotes) / size.articles);
      const target = 1800 + rnd.int(500);
      let body = '';
      let offset = 0;
      const append = (s: string) => {
        body += s;
        offset += cpLength(s);
      };
      const mention = (actor: Actor, printed: string) => {
        m.id.push(rnd.uuid());
        m.article.push(articleId);
        m.actor.push(actor.id);
        m.start.push(offset);
        m.end.push(offset + cpLength(printed));
        m.text.push(printed);
        append(printed);
      };
      const filler = () => {
        const sentence = fill(fillerTemplate(rnd), rnd, { name: () => '\u0000' });
        const at = sentence.indexOf('\u0000');
        if (at < 0) return append(sentence + ' ');
        const actor = rnd.pick(actors);
        append(sentence.slice(0, at));
        mention(actor, actor.name);
        append(sentence.slice(at + 1) + ' ');
      };
      append(`${rnd.pick(CITIES).toUpperCase()}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} (${outlet.name}) — `);
      filler();
      for (let k = 0; k < quoteCount; k++) {
        if (rnd.chance(0.7)) filler();
        const who = speaker();
        const printed = rnd.chance(0.05) ? who.misspelling : who.name;
        const direct = rnd.chance(0.7);
        let text = quoteText(rnd);
        let start: number;
        if (direct && rnd.chance(0.5)) {
          append('"');
          start = offset;
          append(text);
          append('," ');
          mention(who, printed);
          append(' said. ');
        } else if (direct) {
          mention(who, printed);
          append(' said: "');
          start = offset;
          append(text);
          append('." ');
        } else {
          text = text[0].toLowerCase() + text.slice(1);
          append('According to ');
          mention(who, printed);
          append(', ');
          start = offset;
          append(text);
          append('. ');
        }
        const quoteId = rnd.uuid();
        const delivery = rnd.pick(deliveries);
        q.id.push(quoteId);
        q.text.push(text);
        q.kind.push(direct ? 'DIRECT' : 'PARAPHRASE');
        q.speaker.push(who.id);
        q.article.push(articleId);
        q.start.push(start);
        q.end.push(start + cpLength(text));
        q.said.push(isoDate(Math.max(0, day - rnd.int(3))));
        q.delivery.push(delivery);
        q.context.push(
          delivery === 'INTERVIEW'
            ? `interview with ${rnd.pick(OUTLETS)}`
            : delivery === 'PRESS_CONFERENCE'
              ? `press conference in ${rnd.pick(CITIES)}`
              : null,
        );
        q.created.push(new Date(date.getTime() + (8 + rnd.int(12)) * 3_600_000 + rnd.int(3_600_000)).toISOString());
        const first = issueIndex();
        let second = issueIndex();
        if (second === first) second = (first + 1 + rnd.int(size.issues - 1)) % size.issues;
        for (const idx of size.issuesPerQuote >= 2 ? [first, second] : [first]) {
          qi.quote.push(quoteId);
          qi.issue.push(issues[idx].id);
        }
      }
      for (let guard = 0; cpLength(body) < target && guard < 40; guard++) filler();
      body = body.trimEnd();
      art.id.push(articleId);
      art.title.push(`${rnd.pick(ISSUE_TOPICS)}: ${quoteText(rnd).split('.')[0].slice(0, 90)}`);
      art.on.push(date.toISOString().slice(0, 10));
      art.outlet.push(outlet.id);
      art.url.push(`https://${outlet.name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example/${date.toISOString().slice(0, 10)}/${n}`);
      art.body.push(body);
      art.hash.push(crypto.createHash('sha256').update(body).digest('hex'));
      art.created.push(new Date(date.getTime() + 7 * 3_600_000 + rnd.int(3_600_000)).toISOString());
    }

    await client.query('BEGIN');
    await bulkInsert(client, columns, 'articles', {
      id: { type: 'uuid', values: art.id },
      title: { type: 'text', values: art.title },
      published_on: { type: 'date', values: art.on },
      outlet_id: { type: 'uuid', values: art.outlet },
      url: { type: 'text', values: art.url },
      body: { type: 'text', values: art.body },
      content_hash: { type: 'text', values: art.hash },
      created_at: { type: 'timestamptz', values: art.created },
      updated_at: { type: 'timestamptz', values: art.created },
    });
    await bulkInsert(client, columns, 'article_mentions', {
      id: { type: 'uuid', values: m.id },
      article_id: { type: 'uuid', values: m.article },
      actor_id: { type: 'uuid', values: m.actor },
      start_offset: { type: 'int4', values: m.start },
      end_offset: { type: 'int4', values: m.end },
      text: { type: 'text', values: m.text },
    });
    await bulkInsert(client, columns, 'quotes', {
      id: { type: 'uuid', values: q.id },
      text: { type: 'text', values: q.text },
      kind: { type: 'text', values: q.kind, expr: '$::quote_kind' },
      speaker_id: { type: 'uuid', values: q.speaker },
      article_id: { type: 'uuid', values: q.article },
      start_offset: { type: 'int4', values: q.start },
      end_offset: { type: 'int4', values: q.end },
      said_on: { type: 'date', values: q.said },
      delivery: { type: 'text', values: q.delivery, expr: '$::quote_delivery' },
      delivery_context: { type: 'text', values: q.context },
      created_at: { type: 'timestamptz', values: q.created },
      updated_at: { type: 'timestamptz', values: q.created },
    });
    await bulkInsert(client, columns, 'quote_issues', {
      quote_id: { type: 'uuid', values: qi.quote },
      issue_id: { type: 'uuid', values: qi.issue },
    });
    await client.query('COMMIT');
    quotesMade += q.id.length;
    mentionsMade += m.id.length;
    bar.update(to, `${quotesMade} quotes`);
  }
  bar.done(`${quotesMade} quotes, ${mentionsMade} mentions`);

  // The quotes must be exactly where they say they are: the API's own rule, checked in SQL.
  const { rows: bad } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM quotes q JOIN articles a ON a.id = q.article_id
      WHERE substr(a.body, q.start_offset + 1, q.end_offset - q.start_offset) <> q.text`,
  );
  const { rows: badMentions } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM article_mentions m JOIN articles a ON a.id = m.article_id
      WHERE substr(a.body, m.start_offset + 1, m.end_offset - m.start_offset) <> m.text`,
  );
  if (Number(bad[0].n) || Number(badMentions[0].n)) {
    throw new Error(`Generator bug: ${bad[0].n} quotes and ${badMentions[0].n} mentions are not at their offsets in the article body`);
  }

  return {
    counts: {
      outlets: outlets.length,
      actors: actors.length,
      actor_roles: roles.id.length,
      issues: issues.length,
      issue_actors: ia.issue.length,
      articles: size.articles,
      quotes: quotesMade,
      quote_issues: quotesMade * size.issuesPerQuote,
      article_mentions: mentionsMade,
    },
    seconds: (Date.now() - started) / 1000,
  };
}

/** Curated tables in foreign-key order: parents before children. */
export const CURATED_TABLES = [
  'actors',
  'actor_roles',
  'articles',
  'article_mentions',
  'issues',
  'issue_actors',
  'quotes',
  'quote_co_speakers',
  'quote_issues',
];

/**
 * Makes every generated record public, the way the review workflow would: working
 * rows APPROVED, and each copied into its `published_<table>` twin (what anonymous
 * GraphQL reads see). A no-op for tables without a twin, so it works before and
 * after the review workflow lands. Returns the prefix the reads should use.
 */
export async function publishAll(client: Client): Promise<{ prefix: string; tables: string[] }> {
  const columns = new Columns(client);
  const published: string[] = [];
  for (const table of CURATED_TABLES) {
    const working = await columns.of(table);
    if (working.has('status')) {
      const sets = [`status = 'APPROVED'`];
      if (working.has('approved_version') && working.has('version')) sets.push('approved_version = version');
      await client.query(`UPDATE "${table}" SET ${sets.join(', ')} WHERE status IS DISTINCT FROM 'APPROVED'`);
    }
    const twin = `published_${table}`;
    const { rows } = await client.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
      [twin],
    );
    if (!rows.length) continue;
    const cols = rows
      .map((r) => r.column_name)
      .filter((c) => working.has(c))
      .map((c) => `"${c}"`)
      .join(', ');
    await client.query(`INSERT INTO "${twin}" (${cols}) SELECT ${cols} FROM "${table}"`);
    published.push(twin);
  }
  const prefix = published.includes('published_quotes') ? 'published_' : '';
  if (published.length) info(`  published ${published.length} tables (${published.join(', ')})`);
  return { prefix, tables: published };
}
