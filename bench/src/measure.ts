/**
 * One load run: autocannon against one server and read, with what the server
 * process and PostgreSQL spent, read from /proc and pg_stat_statements around it.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import autocannon from 'autocannon';
import type { Client } from 'pg';

let ticksPerSecond = 100;
try {
  ticksPerSecond = Number(execSync('getconf CLK_TCK', { encoding: 'utf8' }).trim()) || 100;
} catch {
  // 100 on every Linux we run on
}

interface Stat {
  ppid: number;
  /** utime + stime, in ticks. */
  own: number;
  /** cutime + cstime: reaped children. */
  children: number;
}

function readStat(pid: number): Stat | undefined {
  try {
    const raw = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
    // f[0] is field 3 (state): utime is field 14 → f[11]
    return { ppid: Number(f[1]), own: Number(f[11]) + Number(f[12]), children: Number(f[13]) + Number(f[14]) };
  } catch {
    return undefined;
  }
}

/** CPU ms of one process (and the children it reaped). */
export function processCpuMs(pid: number): number | undefined {
  const s = readStat(pid);
  return s ? ((s.own + s.children) * 1000) / ticksPerSecond : undefined;
}

/**
 * CPU ms of a PostgreSQL server: the postmaster with what it reaped (backends that
 * ended), plus every live child (backends, background workers).
 */
export function postgresCpuMs(postmaster: number | undefined): number | undefined {
  if (!postmaster) return undefined;
  const root = readStat(postmaster);
  if (!root) return undefined;
  let ticks = root.own + root.children;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = readStat(Number(entry));
    if (s && s.ppid === postmaster) ticks += s.own;
  }
  return (ticks * 1000) / ticksPerSecond;
}

/** Resets the peak-RSS mark (VmHWM) so that it covers only what follows; false when the kernel refuses. */
export function resetPeakRss(pid: number): boolean {
  try {
    fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

export function peakRssMb(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Statements executed in the bench database so far (pg_stat_statements), the monitor's own reads excepted. */
export async function statementCalls(monitor: Client | undefined): Promise<{ all: number; txControl: number } | undefined> {
  if (!monitor) return undefined;
  const { rows } = await monitor.query<{ all: string; tx: string }>(
    `SELECT coalesce(sum(calls), 0) AS all,
            coalesce(sum(calls) FILTER (WHERE query ~* '^\\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SAVEPOINT|RELEASE)'), 0) AS tx
       FROM bench_monitor.pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND query !~* 'pg_stat_statements|pg_stat_activity|bench-monitor'`,
  );
  return { all: Number(rows[0].all), txControl: Number(rows[0].tx) };
}

/** Per-statement call counts in the bench database, keyed by queryid. */
async function statementSnapshot(monitor: Client): Promise<Map<string, { calls: number; query: string }>> {
  const { rows } = await monitor.query<{ id: string; calls: string; query: string }>(
    `SELECT queryid::text AS id, calls, query FROM bench_monitor.pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query !~* 'pg_stat_statements|pg_stat_activity|bench-monitor'`,
  );
  return new Map(rows.map((r) => [r.id, { calls: Number(r.calls), query: r.query }]));
}

export interface StatementCount {
  perRequest: number;
  requests: number;
  /** The statements one request ran, most frequent first (text cut to 300 characters). */
  statements: { perRequest: number; query: string }[];
}

/**
 * Exact SQL statements per request: requests sent one at a time (nothing else runs
 * in the bench database), pg_stat_statements compared before and after.
 */
export async function countStatements(
  url: string,
  bodies: string[],
  monitor: Client | undefined,
  post: (url: string, body: string) => Promise<{ status: number }>,
): Promise<StatementCount | undefined> {
  if (!monitor) return undefined;
  const requests = Math.max(10, bodies.length * 2);
  const before = await statementSnapshot(monitor);
  for (let i = 0; i < requests; i++) await post(url, bodies[i % bodies.length]);
  await new Promise((r) => setTimeout(r, 100));
  const after = await statementSnapshot(monitor);
  const statements: { perRequest: number; query: string }[] = [];
  let total = 0;
  for (const [id, { calls, query }] of after) {
    const delta = calls - (before.get(id)?.calls ?? 0);
    if (delta <= 0) continue;
    total += delta;
    statements.push({ perRequest: delta / requests, query: query.replace(/\s+/g, ' ').slice(0, 300) });
  }
  statements.sort((a, b) => b.perRequest - a.perRequest);
  return { perRequest: total / requests, requests, statements };
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  /** From pg_stat_statements over the load run; in-flight requests at the edges blur it slightly at high concurrency. */
  statementsPerRequestUnderLoad?: number;
  txControlPerRequest?: number;
  serverCpuMsPerRequest?: number;
  postgresCpuMsPerRequest?: number;
  peakRssMb?: number;
  firstError?: string;
}

export interface LoadOptions {
  url: string;
  bodies: string[];
  connections: number;
  seconds: number;
}

/** Runs autocannon; counts non-200 answers and GraphQL `errors` as errors. */
export async function load(
  options: LoadOptions,
): Promise<{ requests: number; errors: number; seconds: number; p50: number; p99: number; firstError?: string }> {
  let next = 0;
  let errors = 0;
  let firstError: string | undefined;
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (req: Record<string, unknown>) => ({ ...req, body: options.bodies[next++ % options.bodies.length] }),
        onResponse: (status: number, body: string) => {
          if (status !== 200 || body.startsWith('{"errors"') || body.includes('"errors":[')) {
            errors += 1;
            firstError ??= `${status} ${body.slice(0, 300)}`;
          }
        },
      },
    ],
  });
  const requests = result['2xx'] + result.non2xx + result.errors + result.timeouts;
  return {
    requests,
    errors: errors + result.errors + result.timeouts,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    firstError,
  };
}

export interface Probe {
  serverPid: number;
  postmasterPid?: number;
  /** For pg_stat_statements; undefined when the server does not load it. */
  monitor?: Client;
  /** Always there: watches pg_stat_activity. */
  activity: Client;
}

/**
 * Waits until the requests autocannon left in flight have finished: no other backend
 * busy in the bench database and (with pg_stat_statements) no statement completed
 * for 250 ms. Bounded to 30 s.
 */
export async function quiesce(activity: Client, monitor: Client | undefined): Promise<void> {
  let last = -1;
  for (let i = 0; i < 120; i++) {
    const { rows } = await activity.query<{ n: number }>(
      `SELECT /* bench-monitor */ count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND state <> 'idle'`,
    );
    const calls = (await statementCalls(monitor))?.all ?? 0;
    if (rows[0].n === 0 && calls === last) return;
    last = calls;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A measured run: snapshots before and after the load. */
export async function measuredLoad(options: LoadOptions, probe: Probe): Promise<LoadResult> {
  const rssReset = resetPeakRss(probe.serverPid);
  const before = {
    server: processCpuMs(probe.serverPid),
    pg: postgresCpuMs(probe.postmasterPid),
    calls: await statementCalls(probe.monitor),
  };
  const run = await load(options);
  // Statements are counted when they finish; let the last in-flight requests land.
  await quiesce(probe.activity, probe.monitor);
  const after = {
    server: processCpuMs(probe.serverPid),
    pg: postgresCpuMs(probe.postmasterPid),
    calls: await statementCalls(probe.monitor),
  };
  const per = (a?: number, b?: number) => (a !== undefined && b !== undefined && run.requests ? (b - a) / run.requests : undefined);
  return {
    ...run,
    reqPerSec: run.requests / run.seconds,
    statementsPerRequestUnderLoad: per(before.calls?.all, after.calls?.all),
    txControlPerRequest: per(before.calls?.txControl, after.calls?.txControl),
    serverCpuMsPerRequest: per(before.server, after.server),
    postgresCpuMsPerRequest: per(before.pg, after.pg),
    peakRssMb: rssReset ? peakRssMb(probe.serverPid) : peakRssMb(probe.serverPid),
  };
}
