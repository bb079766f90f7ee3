import fs from 'node:fs';
import path from 'node:path';

/** The repository root: the nearest folder above this file whose package.json declares the workspaces (works from src and from dist). */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && 'workspaces' in JSON.parse(fs.readFileSync(manifest, 'utf8'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No workspace package.json above ${start}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** When unset, an embedded PostgreSQL is started with its data in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Load the demo data into an empty database on start. */
  seedDemo: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  dbPoolSize: number;
  /** Milliseconds before PostgreSQL cancels one statement. */
  statementTimeoutMs: number;
  /** A session ends after this many minutes without a request… */
  sessionIdleMinutes: number;
  /** …and after this many hours in any case. */
  sessionAbsoluteHours: number;
  /** Behind a reverse proxy that sets X-Forwarded-Proto (for Secure cookies and HSTS). */
  trustProxy: boolean;
  /** Milliseconds a request waits for a pooled database connection before it fails. */
  dbPoolTimeoutMs: number;
  /** Milliseconds before an HTTP request that has not been answered gets a 503. */
  requestTimeoutMs: number;
  /** On SIGTERM: milliseconds to keep serving (readiness already failing) before closing the listener. */
  shutdownDelayMs: number;
  /** On SIGTERM: milliseconds in-flight requests get to finish before their connections are cut. */
  shutdownGraceMs: number;
  /** Other origins whose pages may call the API with credentials (CORS). The console is same-origin and needs none. */
  corsOrigins: string[];
}

class ConfigError extends Error {}

function int(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}; got "${raw}"`);
  }
  return value;
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}; got "${raw}"`);
  }
  return raw as T;
}

/** CORS_ORIGINS: comma-separated exact origins (scheme://host[:port]); never `*`, since credentials are allowed. */
function origins(name: string): string[] {
  const raw = process.env[name] ?? '';
  const list = raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of list) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin.replace(/\/$/, '')) {
      throw new ConfigError(
        `${name} must list origins such as https://app.example.org (no "*", no path), comma-separated; got "${origin}"`,
      );
    }
  }
  return list.map((o) => new URL(o).origin);
}

/** Reads and validates the environment once; every other module takes the result. */
export function loadConfig(): Config {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const env = oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  return {
    env,
    port: int('PORT', 4000, 0, 65535),
    host: process.env.HOST || '127.0.0.1',
    databaseUrl,
    dataDir: path.resolve(PROJECT_ROOT, process.env.DATA_DIR || '.data'),
    seedDemo: oneOf('SEED_DEMO', ['true', 'false'] as const, 'true') === 'true',
    logLevel: oneOf('LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    dbPoolSize: int('DB_POOL_SIZE', 10, 1, 200),
    statementTimeoutMs: int('DB_STATEMENT_TIMEOUT_MS', 15_000, 100, 600_000),
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', 120, 1, 7 * 24 * 60),
    sessionAbsoluteHours: int('SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 30),
    trustProxy: oneOf('TRUST_PROXY', ['true', 'false'] as const, 'false') === 'true',
    dbPoolTimeoutMs: int('DB_POOL_TIMEOUT_MS', 5_000, 100, 120_000),
    requestTimeoutMs: int('HTTP_REQUEST_TIMEOUT_MS', 30_000, 1_000, 600_000),
    shutdownDelayMs: int('SHUTDOWN_DELAY_MS', 0, 0, 120_000),
    shutdownGraceMs: int('SHUTDOWN_GRACE_MS', 10_000, 0, 120_000),
    corsOrigins: origins('CORS_ORIGINS'),
  };
}

export { ConfigError };
