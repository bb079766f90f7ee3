import path from 'node:path';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from '../config';
import { log } from '../logger';
import { createDataSource } from './data-source';
import { resolveDataDir, startEmbeddedDatabase, type EmbeddedDatabase } from './embedded';

export interface OpenDatabase {
  dataSource: DataSource;
  embedded?: EmbeddedDatabase;
  /** Where the data lives, for the start-up log. */
  location: string;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL over the project's
 * data folder. Used by the server and by every script, so they all see the same data.
 */
export async function openDatabase(config: Config = loadConfig()): Promise<OpenDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  let location: string;
  if (url) {
    location = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  } else {
    const { dir, note } = resolveDataDir(config.dataDir);
    if (note) log.warn(note);
    embedded = await startEmbeddedDatabase({
      dataDir: dir,
      persistent: true,
      lockFile: path.join(path.dirname(dir), 'server.pid'),
    });
    url = embedded.url;
    location = `embedded PostgreSQL, data in ${dir}`;
  }
  const dataSource = createDataSource({
    url,
    poolSize: config.dbPoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
    poolTimeoutMs: config.dbPoolTimeoutMs,
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw new Error(`Cannot connect to PostgreSQL (${location}): ${(error as Error).message}`, { cause: error });
  }
  return {
    dataSource,
    embedded,
    location,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
