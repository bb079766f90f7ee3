/**
 * The few pieces of the API the benchmark reuses, loaded from its compiled output
 * (`npm run build` puts it in api/dist). Loaded at run time rather than compiled in,
 * so the benchmark runs exactly the code the product ships.
 */
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const API_DIST = path.join(ROOT, 'api', 'dist', 'api', 'src');
export const API_MAIN = path.join(API_DIST, 'main.js');

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  port: number;
  stop(): Promise<void>;
}

interface EmbeddedModule {
  startEmbeddedDatabase(options: { dataDir: string; persistent: boolean; lockFile?: string }): Promise<EmbeddedDatabase>;
  scratchDataDir(prefix: string): string;
  freePort(): Promise<number>;
}

interface DataSourceLike {
  initialize(): Promise<unknown>;
  destroy(): Promise<void>;
}

interface DataSourceModule {
  createDataSource(options: { url: string; poolSize?: number; applicationName?: string }): DataSourceLike;
}

interface MigrateModule {
  migrate(ds: DataSourceLike): Promise<number>;
}

interface LoggerModule {
  configureLogger(level: 'debug' | 'info' | 'warn' | 'error', asJson: boolean): void;
}

function load<T>(relative: string): T {
  const file = path.join(API_DIST, relative);
  if (!fs.existsSync(file)) {
    throw new Error(`${path.relative(ROOT, file)} is missing: run "npm run build" first (npm run bench does it for you).`);
  }

  return require(file) as T;
}

export const embedded = () => load<EmbeddedModule>('database/embedded.js');

export function quietApiLogger(level: 'debug' | 'info' | 'warn' | 'error' = 'warn'): void {
  load<LoggerModule>('logger.js').configureLogger(level, false);
}

/** Applies the project's migrations to the database at `url`, with the project's own code. */
export async function runMigrations(url: string): Promise<number> {
  const { createDataSource } = load<DataSourceModule>('database/data-source.js');
  const { migrate } = load<MigrateModule>('database/migrate.js');
  const ds = createDataSource({ url, poolSize: 2, applicationName: 'newsroom-bench-migrate' });
  await ds.initialize();
  try {
    return await migrate(ds);
  } finally {
    await ds.destroy();
  }
}
