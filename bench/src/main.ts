/**
 * npm run bench [-- --quick] [-- --scale X] [-- --database-url URL] …
 *
 * Builds a dataset in its own database, checks that this API, PostGraphile v5 and
 * a hand-written SQL floor return the same records for each standard read, then
 * loads each server in turn with autocannon and reports throughput, latency, SQL
 * statements, CPU and memory per request, with ratios to PostGraphile and the floor.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { API_MAIN, ROOT, quietApiLogger, runMigrations } from './api';
import { openBenchDatabase, type BenchDatabase } from './database';
import { datasetSize, generateDataset, publishAll, type DatasetSize } from './generate';
import { countStatements, load, measuredLoad, quiesce, type LoadResult, type StatementCount } from './measure';
import { info } from './progress';
import { SERVERS, buildReads, pickVariants, postgraphileSupportSql, requestBodies, type ReadDef, type ServerName } from './reads';
import { VERSIONS, ensureNode22, ensurePostgraphile, post, startServer, type RunningServer, type ServerContext } from './servers';

interface Options {
  quick: boolean;
  scale: number;
  databaseUrl?: string;
  seconds: number;
  warmup: number;
  connections: number[];
  variants: number;
  servers: ServerName[];
  reads?: string[];
}

const HELP = `Usage: npm run bench [-- options]
  --quick               small dataset (scale 0.1), 3 s runs: a few minutes in all
  --scale X             dataset size relative to 2,000 actors / 20,000 articles / 200,000 quotes (default 1)
  --database-url URL    use this PostgreSQL server (a bench database is created and dropped there);
                        default: a throw-away embedded PostgreSQL with pg_stat_statements
  --duration S          seconds measured per read and concurrency (default 10; quick 3)
  --warmup S            seconds of warm-up before each measurement (default 3; quick 1)
  --connections A,B     concurrency levels (default 10,50)
  --servers a,b         subset of api,postgraphile,floor (ratios need postgraphile and floor)
  --reads a,b           subset of the standard reads
Env: BENCH_NODE22=/path/to/node (22+) to skip installing Node 22 for PostGraphile.`;

function parseOptions(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const options: Options = {
    quick,
    scale: quick ? 0.1 : 1,
    databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
    seconds: quick ? 3 : 10,
    warmup: quick ? 1 : 3,
    connections: [10, 50],
    variants: quick ? 3 : 5,
    servers: [...SERVERS],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    const positive = (v: string) => {
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${arg} must be a positive number; got "${v}"`);
      return n;
    };
    switch (arg) {
      case '--quick':
        break;
      case '--scale':
        options.scale = positive(value());
        break;
      case '--database-url':
        options.databaseUrl = value();
        break;
      case '--duration':
        options.seconds = Math.min(600, positive(value()));
        break;
      case '--warmup':
        options.warmup = Math.min(120, Number(value()) || 0);
        break;
      case '--connections':
        options.connections = value()
          .split(',')
          .map((c) => Math.min(1000, Math.round(positive(c))));
        break;
      case '--servers':
        options.servers = value().split(',') as ServerName[];
        if (options.servers.some((s) => !SERVERS.includes(s))) throw new Error(`--servers takes ${SERVERS.join(',')}`);
        break;
      case '--reads':
        options.reads = value().split(',');
        break;
      case '--help':
      case '-h':
        console.log(HELP);
        process.exit(0);
        break;
      default:
        throw new Error(`Unknown option ${arg}\n${HELP}`);
    }
  }
  if (options.databaseUrl && !/^postgres(ql)?:\/\//.test(options.databaseUrl))
    throw new Error('--database-url must start with postgres://');
  return options;
}

/** The first place two canonical answers differ, as a path. */
function firstDifference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (a === b) return undefined;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object')
    return `${at}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array vs object`;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return a.length !== b.length ? `${d} (lengths ${a.length} vs ${b.length})` : d;
    }
    return undefined;
  }
  const ka = Object.keys(a as object).sort();
  const kb = Object.keys(b as object).sort();
  for (const k of new Set([...ka, ...kb])) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
    if (d) return d;
  }
  return undefined;
}

const size = (v: unknown): number => (Array.isArray(v) ? v.length : v && typeof v === 'object' ? 1 : 0);

class VerificationError extends Error {}

/** Every server, every read, every variant: same records in the same order, or stop here. */
async function verify(reads: ReadDef[], servers: Map<ServerName, RunningServer>): Promise<void> {
  for (const read of reads) {
    let records = 0;
    for (const variant of read.variants) {
      const answers = new Map<ServerName, unknown>();
      for (const [name, server] of servers) {
        const body = requestBodies({ ...read, variants: [variant] }, name)[0];
        const res = await post(server.url, body);
        let parsed: { data?: unknown; errors?: unknown[] };
        try {
          parsed = JSON.parse(res.body);
        } catch {
          throw new VerificationError(
            `${name} answered ${read.name} (${variant.label}) with status ${res.status} and no JSON: ${res.body.slice(0, 300)}`,
          );
        }
        if (res.status !== 200 || parsed.errors || parsed.data === undefined) {
          throw new VerificationError(
            `${name} failed ${read.name} (${variant.label}): status ${res.status}, ${JSON.stringify(parsed.errors ?? parsed).slice(0, 600)}`,
          );
        }
        try {
          answers.set(name, read.canonical[name](parsed.data));
        } catch (error) {
          throw new VerificationError(
            `${name}'s answer to ${read.name} has an unexpected shape (${(error as Error).message}): ${res.body.slice(0, 300)}`,
          );
        }
      }
      const [reference, ...others] = [...answers.entries()];
      for (const [name, answer] of others) {
        const diff = firstDifference(reference[1], answer);
        if (diff) {
          throw new VerificationError(`${read.name} (${variant.label}): ${reference[0]} and ${name} disagree at ${diff}`);
        }
      }
      records += size(reference[1]);
    }
    if (!records)
      throw new VerificationError(`${read.name}: every variant came back empty, which proves nothing; the dataset or parameters are wrong`);
    info(`  ${read.name.padEnd(14)} same records from ${[...servers.keys()].join(', ')} (${read.variants.length} parameter sets)`);
  }
}

interface Row extends LoadResult {
  /** Exact, from sequential requests (see countStatements). */
  statementsPerRequest?: number;
  statements?: StatementCount['statements'];
  read: string;
  connections: number;
  server: ServerName;
  vsPostgraphile?: { reqPerSec: number; p99: number };
  vsFloor?: { reqPerSec: number; p99: number };
}

const fmt = (v: number | undefined, digits = 1) => (v === undefined || !Number.isFinite(v) ? 'n/a' : v.toFixed(digits));
const ratio = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? 'n/a' : `${v.toFixed(2)}x`);

function progressLine(row: Row): string {
  return (
    `  [${row.server}] ${row.read} c=${row.connections}: ${fmt(row.reqPerSec, 0)} req/s, p50 ${fmt(row.p50, 1)} ms, p99 ${fmt(row.p99, 1)} ms, ` +
    `${fmt(row.statementsPerRequest, 2)} stmt/req, cpu ${fmt(row.serverCpuMsPerRequest, 2)} ms server + ${fmt(row.postgresCpuMsPerRequest, 2)} ms pg, ` +
    `peak rss ${fmt(row.peakRssMb, 0)} MB${row.errors ? `, ${row.errors} ERRORS (${row.firstError})` : ''}`
  );
}

function table(rows: Row[]): string {
  const header = [
    'read',
    'c',
    'server',
    'req/s',
    'p50 ms',
    'p99 ms',
    'stmt/req',
    'cpu srv ms',
    'cpu pg ms',
    'rss MB',
    'errors',
    'req/s ÷PG',
    'p99 ÷PG',
    'req/s ÷floor',
  ];
  const body = rows.map((r) => [
    r.read,
    String(r.connections),
    r.server,
    fmt(r.reqPerSec, 0),
    fmt(r.p50, 1),
    fmt(r.p99, 1),
    fmt(r.statementsPerRequest, 2),
    fmt(r.serverCpuMsPerRequest, 2),
    fmt(r.postgresCpuMsPerRequest, 2),
    fmt(r.peakRssMb, 0),
    String(r.errors),
    r.server === 'postgraphile' ? '1.00x' : ratio(r.vsPostgraphile?.reqPerSec),
    r.server === 'postgraphile' ? '1.00x' : ratio(r.vsPostgraphile?.p99),
    r.server === 'floor' ? '1.00x' : ratio(r.vsFloor?.reqPerSec),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = new Date();
  quietApiLogger('warn');
  if (!fs.existsSync(API_MAIN)) throw new Error(`${path.relative(ROOT, API_MAIN)} is missing: run "npm run build" first.`);
  const dataset: DatasetSize = datasetSize(options.scale);
  info(
    `Read benchmark ${options.quick ? '(quick) ' : ''}— ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  info(
    `Dataset (scale ${options.scale}): ${dataset.actors} actors, ${dataset.articles} articles, ${dataset.quotes} quotes, ${dataset.issues} issues, ${dataset.issuesPerQuote} issues per quote`,
  );
  info(
    `Load: autocannon, ${options.seconds} s per run after ${options.warmup} s warm-up, concurrency ${options.connections.join(' and ')}; servers one at a time`,
  );

  let node22 = '';
  let postgraphileDir = '';
  if (options.servers.includes('postgraphile')) {
    info('PostGraphile');
    node22 = ensureNode22();
    postgraphileDir = ensurePostgraphile();
  }

  let db: BenchDatabase | undefined;
  const running = new Set<RunningServer>();
  let monitor: Client | undefined;
  const cleanup = async () => {
    for (const s of running) await s.stop().catch(() => undefined);
    running.clear();
    await monitor?.end().catch(() => undefined);
    monitor = undefined;
    await db?.close();
    db = undefined;
  };
  let interrupted = false;
  const onSignal = (signal: string) => {
    if (interrupted) return;
    interrupted = true;
    info(`\n${signal}: stopping servers and the database`);
    void cleanup().finally(() => process.exit(130));
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));

  try {
    info('Database');
    db = await openBenchDatabase(options.databaseUrl);
    info(`  ${db.location}`);
    const migrations = await runMigrations(db.url);
    info(`  applied ${migrations} migration(s)`);

    const client = new Client({ connectionString: db.url, application_name: 'newsroom-bench-generate' });
    await client.connect();
    let generation;
    let prefix: string;
    let reads: ReadDef[];
    try {
      info('Generating the dataset');
      generation = await generateDataset(client, dataset);
      const t0 = Date.now();
      ({ prefix } = await publishAll(client));
      await client.query('VACUUM (ANALYZE)');
      info(
        `  generated in ${generation.seconds.toFixed(0)} s, published and analysed in ${((Date.now() - t0) / 1000).toFixed(0)} s; reads use ${prefix ? `the ${prefix}* tables` : 'the working tables (no published_* tables in this schema)'}`,
      );
      for (const sql of postgraphileSupportSql(prefix)) await client.query(sql);
      const variants = await pickVariants(client, prefix, options.variants);
      reads = buildReads(prefix, variants).filter((r) => !options.reads || options.reads.includes(r.name));
      if (!reads.length) throw new Error(`--reads matched none of the standard reads`);
    } finally {
      await client.end();
    }
    monitor = new Client({ connectionString: db.url, application_name: 'newsroom-bench-monitor' });
    await monitor.connect();
    const ctx: ServerContext = { databaseUrl: db.url, prefix, node22, postgraphileDir };

    info('Verifying that the servers return the same records');
    const all = new Map<ServerName, RunningServer>();
    for (const name of options.servers) {
      const server = await startServer(name, ctx);
      running.add(server);
      all.set(name, server);
    }
    await verify(reads, all);
    for (const server of all.values()) {
      await server.stop();
      running.delete(server);
    }

    info('Measuring');
    const rows: Row[] = [];
    const pgss = db.statementStats ? monitor : undefined;
    for (const name of options.servers) {
      const server = await startServer(name, ctx);
      running.add(server);
      for (const read of reads) {
        const bodies = requestBodies(read, name);
        await quiesce(monitor, pgss);
        const counted = await countStatements(server.url, bodies, pgss, post);
        for (const connections of options.connections) {
          if (options.warmup > 0) {
            await load({ url: server.url, bodies, connections, seconds: options.warmup });
            await quiesce(monitor, pgss);
          }
          const result = await measuredLoad(
            { url: server.url, bodies, connections, seconds: options.seconds },
            { serverPid: server.pid, postmasterPid: db.postmasterPid, monitor: pgss, activity: monitor },
          );
          const row: Row = {
            read: read.name,
            connections,
            server: name,
            ...result,
            statementsPerRequest: counted?.perRequest,
            statements: counted?.statements,
          };
          rows.push(row);
          info(progressLine(row));
        }
      }
      await server.stop();
      running.delete(server);
    }

    for (const row of rows) {
      const find = (s: ServerName) => rows.find((r) => r.server === s && r.read === row.read && r.connections === row.connections);
      const pg = find('postgraphile');
      const floor = find('floor');
      if (pg) row.vsPostgraphile = { reqPerSec: row.reqPerSec / pg.reqPerSec, p99: row.p99 / pg.p99 };
      if (floor) row.vsFloor = { reqPerSec: row.reqPerSec / floor.reqPerSec, p99: row.p99 / floor.p99 };
    }
    const order = (r: Row) => reads.findIndex((x) => x.name === r.read) * 1e6 + r.connections * 10 + SERVERS.indexOf(r.server);
    rows.sort((a, b) => order(a) - order(b));

    info(
      '\nResults (req/s ÷PG and ÷floor: higher is better; p99 ÷PG: lower is better; cpu and stmt are per request; stmt counted exactly from sequential requests)',
    );
    info(table(rows));
    const targets = rows.filter((r) => r.server === 'api' && r.vsPostgraphile);
    if (targets.length) {
      const missed = targets.filter(
        (r) =>
          r.vsPostgraphile!.reqPerSec < 1 ||
          r.vsPostgraphile!.p99 > 1 ||
          (r.statementsPerRequest !== undefined && r.statementsPerRequest > 1),
      );
      info(
        `\nTarget (issue 7: ≥1.0x PostGraphile req/s, p99 no worse, one statement per read): ${targets.length - missed.length}/${targets.length} runs meet it`,
      );
      for (const r of missed) {
        info(
          `  below: ${r.read} c=${r.connections}: ${ratio(r.vsPostgraphile!.reqPerSec)} req/s, p99 ${ratio(r.vsPostgraphile!.p99)}, ${fmt(r.statementsPerRequest, 2)} stmt/req`,
        );
      }
    }
    if (!db.statementStats) info('(stmt/req: n/a — pg_stat_statements is not loaded on this server)');
    if (!db.postmasterPid) info('(cpu pg: n/a — the PostgreSQL processes are not visible in /proc here)');

    const finished = new Date();
    const outDir = path.join(ROOT, 'bench-results');
    fs.mkdirSync(outDir, { recursive: true });
    const file = path.join(outDir, `bench-${started.toISOString().replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(
      file,
      JSON.stringify(
        {
          startedAt: started.toISOString(),
          finishedAt: finished.toISOString(),
          options: { ...options, databaseUrl: options.databaseUrl ? '(given)' : undefined },
          machine: {
            cpus: os.cpus().length,
            cpuModel: os.cpus()[0]?.model,
            memoryGiB: os.totalmem() / 2 ** 30,
            node: process.version,
            platform: `${process.platform}-${process.arch}`,
          },
          database: { location: db.location, pgStatStatements: db.statementStats },
          versions: VERSIONS,
          dataset: { size: dataset, counts: generation.counts, generationSeconds: generation.seconds, tablePrefix: prefix },
          reads: reads.map((r) => ({
            name: r.name,
            description: r.description,
            variants: r.variants,
            api: r.api,
            postgraphile: r.postgraphile,
          })),
          results: rows,
        },
        null,
        2,
      ) + '\n',
    );
    info(`\nWrote ${path.relative(process.cwd(), file)} (${((finished.getTime() - started.getTime()) / 1000).toFixed(0)} s in all)`);
  } finally {
    await cleanup();
  }
}

main().catch((error) => {
  if (error instanceof VerificationError) {
    console.error(`\nVERIFICATION FAILED: ${error.message}\nNothing was measured: the servers must return the same records first.`);
  } else {
    console.error(`\nBenchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  process.exit(1);
});
