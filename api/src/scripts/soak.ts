import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { systemViewer } from '../auth/viewer';
import { createDataSource } from '../database/data-source';
import { freePort, scratchDataDir, startEmbeddedDatabase, type EmbeddedDatabase } from '../database/embedded';
import { migrate } from '../database/migrate';
import { createServices } from '../graphql/services';
import { configureLogger } from '../logger';

/**
 * Soak test (issue 8): mixed anonymous reads and authenticated writes on
 * loopback against an API process it starts itself, optionally restarting
 * PostgreSQL and SIGKILLing the API mid-run; then checks that every
 * acknowledged write is stored exactly once with its revision and audit rows,
 * and that errors and memory stayed within bounds.
 *
 *   npm run soak -- --minutes 5 [--restart-db] [--kill-api] [--fault-every 60] [--writers 4] [--readers 4]
 *
 * Without DATABASE_URL it runs its own embedded PostgreSQL (removed afterwards);
 * with it, it creates and drops a database of its own there (--restart-db needs
 * the embedded one).
 */

interface Options {
  minutes: number;
  restartDb: boolean;
  killApi: boolean;
  faultEverySeconds: number;
  writers: number;
  readers: number;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { minutes: 1, restartDb: false, killApi: false, faultEverySeconds: 60, writers: 4, readers: 4 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const value = Number(argv[++i]);
      if (!Number.isFinite(value) || value <= 0) throw new Error(`${arg} needs a positive number`);
      return value;
    };
    if (arg === '--minutes') options.minutes = next();
    else if (arg === '--restart-db') options.restartDb = true;
    else if (arg === '--kill-api') options.killApi = true;
    else if (arg === '--chaos') options.restartDb = options.killApi = true;
    else if (arg === '--fault-every') options.faultEverySeconds = next();
    else if (arg === '--writers') options.writers = Math.round(next());
    else if (arg === '--readers') options.readers = Math.round(next());
    else throw new Error(`Unknown argument ${arg}. Usage: soak --minutes N [--restart-db] [--kill-api] [--chaos] [--fault-every S]`);
  }
  return options;
}

/** What the run must stay within; printed at the start and checked at the end. */
const BOUNDS = {
  /** Failed requests outside fault windows (a fault window: from the fault until 5 s after recovery). */
  errorRateOutsideFaults: 0.005,
  /** Failed requests overall, fault windows included. */
  errorRateOverall: 0.1,
  /** Resident memory of the API process. */
  rssMaxMb: 600,
  /** RSS growth of one API process from its first minute's high to its last sample. */
  rssGrowthMaxMb: 150,
};

const MAIN_JS = path.join(__dirname, '..', 'main.js');

const READS = [
  `{ actors(first: 20) { totalCount edges { node { id name } } } }`,
  `{ quotes(first: 10) { totalCount edges { node { text speaker { name } } } } }`,
  `{ issues(first: 10) { edges { node { title children { title } } } } }`,
  `{ search(query: "soak", first: 5) { score } }`,
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class Api {
  child: ChildProcess | undefined;
  url = '';
  restarts = 0;
  rssSamples: number[] = [];
  rssHigh = 0;
  growthViolation = 0;
  private startedAt = 0;

  crashes = 0;
  private readonly expectedExit = new WeakSet<ChildProcess>();

  constructor(
    private readonly databaseUrl: string,
    private readonly log: (line: string) => void,
  ) {}

  async start(): Promise<void> {
    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    let output = '';
    const child = spawn(process.execPath, [MAIN_JS], {
      env: {
        ...process.env,
        DATABASE_URL: this.databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        DB_POOL_SIZE: '10',
        DB_POOL_TIMEOUT_MS: '3000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output = (output + String(d)).slice(-4000)));
    child.stderr!.on('data', (d) => (output = (output + String(d)).slice(-4000)));
    this.child = child;
    child.once('exit', (code, signal) => {
      if (this.expectedExit.has(child)) return;
      this.crashes += 1;
      this.log(`API EXITED UNEXPECTEDLY (pid ${child.pid}, code ${code}, signal ${signal}); its last output:\n${output}`);
    });
    const deadline = Date.now() + 60_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`The API exited during start-up:\n${output}`);
      const ok = await fetch(`${this.url}/readyz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`The API did not become ready in 60 s:\n${output}`);
      await sleep(100);
    }
    this.startedAt = Date.now();
    this.rssSamples = [];
  }

  /** Resident memory of the API process in MB, from /proc (Linux). */
  sampleRss(): number | undefined {
    const pid = this.child?.pid;
    if (!pid) return undefined;
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
      const mb = kb / 1024;
      this.rssHigh = Math.max(this.rssHigh, mb);
      this.rssSamples.push(mb);
      if (Date.now() - this.startedAt > 60_000) {
        const firstMinute = Math.max(...this.rssSamples.slice(0, 6));
        this.growthViolation = Math.max(this.growthViolation, mb - firstMinute);
      }
      return mb;
    } catch {
      return undefined;
    }
  }

  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    this.expectedExit.add(child);
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    this.expectedExit.add(child);
    child.kill('SIGTERM');
    return exited;
  }
}

interface Stats {
  requests: number;
  failed: number;
  failedInFault: number;
  requestsInFault: number;
  reads: number;
  writesAcked: number;
  writesUnknown: number;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  configureLogger('warn', false);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const started = Date.now();
  const stamp = () => `[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`;

  out(
    `Soak: ${options.minutes} min, ${options.writers} writers, ${options.readers} readers` +
      `${options.restartDb ? `, PostgreSQL restarted every ${options.faultEverySeconds} s` : ''}` +
      `${options.killApi ? `, API SIGKILLed and restarted every ${options.faultEverySeconds} s` : ''}`,
  );
  out(
    `Bounds: errors outside fault windows ≤ ${BOUNDS.errorRateOutsideFaults * 100}%, overall ≤ ${BOUNDS.errorRateOverall * 100}%; ` +
      `API RSS ≤ ${BOUNDS.rssMaxMb} MB, growth per process ≤ ${BOUNDS.rssGrowthMaxMb} MB after its first minute`,
  );

  // The database: our own embedded PostgreSQL, or a database of our own on DATABASE_URL.
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let scratchRoot: string | undefined;
  let databaseUrl: string;
  let dropDatabase: (() => Promise<void>) | undefined;
  if (process.env.DATABASE_URL) {
    if (options.restartDb) throw new Error('--restart-db needs the embedded PostgreSQL: unset DATABASE_URL');
    const name = `newsroom_soak_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const c = new Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
    out(`Database: ${name} on the server in DATABASE_URL`);
  } else {
    // A folder of its own around the data dir: the credentials file lives beside the data dir, and
    // directly under the temp dir it would be shared with (and overwritten by) other scratch clusters.
    scratchRoot = scratchDataDir('newsroom-soak');
    dataDir = path.join(scratchRoot, 'postgres');
    embedded = await startEmbeddedDatabase({ dataDir, persistent: true });
    databaseUrl = embedded.url;
    out(`Database: embedded PostgreSQL in ${dataDir}, port ${embedded.port}`);
  }

  const ds = createDataSource({ url: databaseUrl, poolSize: 2 });
  await ds.initialize();
  await migrate(ds);
  const services = createServices(ds.manager);
  const viewer = systemViewer('soak');
  const tokens: string[] = [];
  for (let w = 0; w < options.writers; w++) {
    const user = await services.users.create(
      {
        email: `soak${w}@example.org`,
        name: `Soak Writer ${w}`,
        role: 'EDITOR' as never,
        password: crypto.randomBytes(16).toString('hex'),
      },
      viewer,
    );
    tokens.push((await services.auth.createToken(user.id, 'soak', viewer)).token);
  }
  await ds.destroy();

  const api = new Api(databaseUrl, out);
  cleanup = async () => {
    await api.kill().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    if (scratchRoot) fs.rmSync(scratchRoot, { recursive: true, force: true });
    await dropDatabase?.().catch(() => undefined);
  };
  await api.start();
  out(`${stamp()} API ready at ${api.url} (pid ${api.child!.pid})`);

  const stats: Stats = { requests: 0, failed: 0, failedInFault: 0, requestsInFault: 0, reads: 0, writesAcked: 0, writesUnknown: 0 };
  /** Acknowledged writes: actor id → its name and the highest version acknowledged. */
  const acked = new Map<string, { name: string; version: number }>();
  let inFaultUntil = 0;
  let faultActive = false;
  const inFault = () => faultActive || Date.now() < inFaultUntil;
  const endAt = started + options.minutes * 60_000;
  const running = () => Date.now() < endAt;

  const request = async (body: unknown, headers: Record<string, string> = {}) => {
    const fault = inFault();
    stats.requests += 1;
    if (fault) stats.requestsInFault += 1;
    try {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      const json = (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
      if (response.status !== 200 || json.errors?.length) {
        stats.failed += 1;
        if (fault || inFault()) stats.failedInFault += 1;
      }
      return json;
    } catch {
      stats.failed += 1;
      if (fault || inFault()) stats.failedInFault += 1;
      return undefined;
    }
  };

  const writer = async (w: number) => {
    const headers = { authorization: `Bearer ${tokens[w]}` };
    const mine: { id: string; version: number }[] = [];
    for (let i = 0; running(); i++) {
      if (i % 3 === 2 && mine.length) {
        // An update of one of our own actors, with the version we know.
        const target = mine[Math.floor(Math.random() * mine.length)];
        const name = `Soak ${w}-${i} renamed`;
        const result = await request(
          {
            query: `mutation($id: ID!, $i: UpdateActorInput!) { updateActor(id: $id, input: $i) { id version } }`,
            variables: { id: target.id, i: { expectedVersion: target.version, name } },
          },
          headers,
        );
        const updated = result?.data?.updateActor;
        if (updated) {
          target.version = updated.version;
          acked.set(target.id, { name, version: updated.version });
          stats.writesAcked += 1;
        } else if (!result?.errors?.some((e) => e.extensions?.code === 'CONFLICT')) {
          stats.writesUnknown += 1;
          // An unanswered update may or may not have landed: learn the version anew.
          mine.splice(mine.indexOf(target), 1);
        }
      } else {
        const name = `Soak ${w}-${i}`;
        const result = await request(
          { query: `mutation($n: String!) { createActor(input: { kind: PERSON, name: $n }) { id version } }`, variables: { n: name } },
          headers,
        );
        const created = result?.data?.createActor;
        if (created) {
          mine.push({ id: created.id, version: created.version });
          acked.set(created.id, { name, version: created.version });
          stats.writesAcked += 1;
        } else {
          stats.writesUnknown += 1;
        }
      }
      if (inFault()) await sleep(100);
    }
  };

  const reader = async (r: number) => {
    for (let i = 0; running(); i++) {
      await request({ query: READS[(r + i) % READS.length] });
      stats.reads += 1;
      if (inFault()) await sleep(100);
    }
  };

  const faults = async () => {
    const kinds = [options.restartDb && 'db', options.killApi && 'api'].filter(Boolean) as ('db' | 'api')[];
    if (!kinds.length) return;
    for (let n = 0; ; n++) {
      const at = Date.now() + options.faultEverySeconds * 1000;
      while (Date.now() < at && running()) await sleep(250);
      if (!running() || endAt - Date.now() < 15_000) return;
      const kind = kinds[n % kinds.length];
      faultActive = true;
      const t0 = Date.now();
      if (kind === 'db') {
        out(`${stamp()} FAULT: stopping PostgreSQL`);
        const port = embedded!.port;
        await embedded!.stop();
        await sleep(3_000);
        embedded = await startEmbeddedDatabase({ dataDir: dataDir!, persistent: true, port });
        out(`${stamp()} PostgreSQL back after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      } else {
        out(`${stamp()} FAULT: SIGKILL to the API (pid ${api.child?.pid})`);
        await api.kill();
        await api.start();
        api.restarts += 1;
        out(`${stamp()} API restarted (pid ${api.child?.pid}) after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      }
      // Recovered when the API says ready again.
      while (
        !(await fetch(`${api.url}/readyz`).then(
          (r) => r.ok,
          () => false,
        ))
      )
        await sleep(200);
      faultActive = false;
      inFaultUntil = Date.now() + 5_000;
    }
  };

  let last = { t: Date.now(), requests: 0 };
  const progress = setInterval(() => {
    const rss = api.sampleRss();
    const now = Date.now();
    const rps = ((stats.requests - last.requests) * 1000) / (now - last.t);
    last = { t: now, requests: stats.requests };
    out(
      `${stamp()} ${stats.requests} requests (${rps.toFixed(0)}/s), ${stats.failed} failed` +
        ` (${stats.failedInFault} in fault windows), writes acked ${stats.writesAcked}, unknown ${stats.writesUnknown},` +
        ` API RSS ${rss?.toFixed(0) ?? '?'} MB`,
    );
  }, 10_000);

  await Promise.all([
    ...Array.from({ length: options.writers }, (_, w) => writer(w)),
    ...Array.from({ length: options.readers }, (_, r) => reader(r)),
    faults(),
  ]);
  clearInterval(progress);
  api.sampleRss();
  const apiExit = await api.stop();

  // The check: every acknowledged write, exactly once, with its revisions and audit rows.
  const check = createDataSource({ url: databaseUrl, poolSize: 1 });
  await check.initialize();
  const rows: { id: string; name: string; version: number; revisions: number[]; audits: number }[] = await check.query(
    `SELECT a.id, a.name, a.version,
            coalesce((SELECT array_agg(r.number ORDER BY r.number) FROM revisions r WHERE r.entity_id = a.id), '{}') AS revisions,
            (SELECT count(*)::int FROM audit_log l WHERE l.entity_id = a.id AND l.action IN ('create', 'update')) AS audits
       FROM actors a WHERE a.name LIKE 'Soak %'`,
  );
  const [{ duplicates }] = await check.query(
    `SELECT count(*)::int AS duplicates FROM (SELECT name FROM actors WHERE name LIKE 'Soak %' AND name NOT LIKE '% renamed' GROUP BY name HAVING count(*) > 1) d`,
  );
  await check.destroy();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems: string[] = [];
  for (const [id, ack] of acked) {
    const row = byId.get(id);
    if (!row) {
      problems.push(`LOST: acknowledged actor ${id} (${ack.name}) is missing`);
      continue;
    }
    if (row.version < ack.version) problems.push(`LOST: actor ${id} is at version ${row.version}, version ${ack.version} was acknowledged`);
    const expected = Array.from({ length: row.version }, (_, i) => i + 1);
    if (JSON.stringify(row.revisions) !== JSON.stringify(expected))
      problems.push(`actor ${id}: revisions ${JSON.stringify(row.revisions)}, expected 1..${row.version} once each`);
    if (row.audits !== row.version) problems.push(`actor ${id}: ${row.audits} audit rows for ${row.version} revisions`);
  }
  // Writes that were not acknowledged may have landed, but then whole.
  let landedUnacked = 0;
  for (const row of rows) {
    if (acked.has(row.id)) continue;
    landedUnacked += 1;
    if (row.revisions.length !== row.version || row.audits !== row.version) problems.push(`half-written actor ${row.id} (${row.name})`);
  }
  if (duplicates > 0) problems.push(`${duplicates} actor names stored more than once`);

  const outsideRequests = stats.requests - stats.requestsInFault;
  const outsideFailed = stats.failed - stats.failedInFault;
  const outsideRate = outsideRequests ? outsideFailed / outsideRequests : 0;
  const overallRate = stats.requests ? stats.failed / stats.requests : 0;
  const bounds = [
    [
      `error rate outside fault windows ${(outsideRate * 100).toFixed(3)}% ≤ ${BOUNDS.errorRateOutsideFaults * 100}%`,
      outsideRate <= BOUNDS.errorRateOutsideFaults,
    ],
    [`error rate overall ${(overallRate * 100).toFixed(3)}% ≤ ${BOUNDS.errorRateOverall * 100}%`, overallRate <= BOUNDS.errorRateOverall],
    [`API RSS high ${api.rssHigh.toFixed(0)} MB ≤ ${BOUNDS.rssMaxMb} MB`, api.rssHigh <= BOUNDS.rssMaxMb],
    [
      `API RSS growth after first minute ${api.growthViolation.toFixed(0)} MB ≤ ${BOUNDS.rssGrowthMaxMb} MB`,
      api.growthViolation <= BOUNDS.rssGrowthMaxMb,
    ],
    [`API exited ${apiExit} on SIGTERM (0 expected)`, apiExit === 0],
    [`API crashes (exits nobody asked for) ${api.crashes} = 0`, api.crashes === 0],
  ] as const;

  out('');
  out('Soak summary');
  out(
    `  duration ${((Date.now() - started) / 60_000).toFixed(1)} min; ${stats.requests} requests (${stats.reads} reads), ${stats.failed} failed, ${stats.failedInFault} of them in fault windows`,
  );
  out(
    `  API restarts (SIGKILL) ${api.restarts}; writes acknowledged ${stats.writesAcked} on ${acked.size} actors; unanswered ${stats.writesUnknown} (landed anyway: ${landedUnacked} creates)`,
  );
  out(`  actors checked ${acked.size}: each present once, revisions 1..version once each, one audit row per revision`);
  for (const [label, ok] of bounds) out(`  ${ok ? 'ok  ' : 'FAIL'} ${label}`);
  if (problems.length) {
    out(`  LOSS OR DAMAGE: ${problems.length} problem(s)`);
    for (const p of problems.slice(0, 50)) out(`    ${p}`);
  } else {
    out('  ok   nothing lost: every acknowledged write is present exactly once with its revision and audit rows');
  }

  await embedded?.stop();
  if (scratchRoot) fs.rmSync(scratchRoot, { recursive: true, force: true });
  await dropDatabase?.();
  process.exit(problems.length || bounds.some(([, ok]) => !ok) ? 1 : 0);
}

/** Stops what the run started, when it fails half-way. */
let cleanup: () => Promise<void> = async () => undefined;

main().catch(async (error) => {
  process.stderr.write(`Soak failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await cleanup();
  process.exit(2);
});
