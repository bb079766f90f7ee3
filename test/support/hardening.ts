import crypto from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../api/src/database/data-source';
import { freePort } from '../../api/src/database/embedded';
import { createServer, type AppServer, type ServerConfig } from '../../api/src/server';
import { ADMIN_URL_ENV, TEMPLATE_DB_ENV } from './database-env';

/** Helpers for the hardening tests (issue 8): database copies, servers with any config, child API processes. */

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const MAIN_JS = path.join(PROJECT_ROOT, 'api', 'dist', 'api', 'src', 'main.js');

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A copy of the migrated template database; `drop()` removes it. */
export async function copyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env[ADMIN_URL_ENV];
  const template = process.env[TEMPLATE_DB_ENV];
  if (!adminUrl || !template) throw new Error('The jest globalSetup did not run');
  const name = `${template}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt > 20) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  await admin.end();
  return {
    url: withDatabase(adminUrl, name),
    async drop() {
      const cleanup = new Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export interface RunningServer {
  url: string;
  ds: DataSource;
  server: AppServer;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

/** A real server with the given config over its own database copy (or a given data source). */
export async function startServer(config: ServerConfig, options: { ds?: DataSource } = {}): Promise<RunningServer> {
  const copy = options.ds ? undefined : await copyDatabase();
  const ds = options.ds ?? createDataSource({ url: copy!.url, poolSize: 5 });
  if (!ds.isInitialized) await ds.initialize();
  const server = await createServer(ds, config);
  const port = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    ds,
    server,
    async post(body, headers = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
      return { status: response.status, body: parsed, headers: response.headers };
    },
    async close() {
      await server.close();
      if (!options.ds) {
        await ds.destroy();
        await copy!.drop();
      }
    },
  };
}

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  port: number;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The built API (api/dist) as a child process on DATABASE_URL; resolves once /healthz answers. */
export async function spawnApi(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [MAIN_JS], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      DB_POOL_SIZE: '5',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += String(d)));
  child.stderr!.on('data', (d) => (output += String(d)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The API exited during start-up:\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API did not start in 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, url, port, output: () => output, exited };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface PgChild {
  url: string;
  port: number;
  /** Stops PostgreSQL (a fast shutdown: open connections are cut) and waits for it. */
  stop(): Promise<void>;
}

/** An embedded PostgreSQL in a child process (see pg-child.js), on `dataDir`, optionally on a fixed port. */
export async function startPgChild(dataDir: string, port?: number): Promise<PgChild> {
  const child = spawn(process.execPath, [path.join(__dirname, 'pg-child.js'), dataDir, ...(port ? [String(port)] : [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (d) => (errors += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = await new Promise<{ url: string; port: number }>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve(JSON.parse(line));
    });
    void exited.then((code) => reject(new Error(`PostgreSQL child exited with ${code}: ${errors}`)));
  });
  return {
    ...started,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
