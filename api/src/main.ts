import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { AlreadyRunningError } from './database/embedded';
import { migrate } from './database/migrate';
import { openDatabase, type OpenDatabase } from './database/open';
import { configureLogger, log } from './logger';
import { isEmpty, loadDemo } from './seed/demo';
import { createServer, type AppServer } from './server';

/** Start-up only: config → database → schema → HTTP server; and an orderly stop. */
let db: OpenDatabase | undefined;
let server: AppServer | undefined;

async function main(): Promise<void> {
  const config = loadConfig();
  configureLogger(config.logLevel, config.env === 'production');
  const started = Date.now();
  let stopping = false;

  /**
   * SIGTERM/SIGINT: readiness fails at once; the server keeps answering for
   * SHUTDOWN_DELAY_MS (so a load balancer can notice), then stops accepting
   * connections and gives in-flight requests SHUTDOWN_GRACE_MS to finish before
   * cutting them; then the pool and the embedded database stop, in that order.
   */
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server?.beginShutdown();
    log.info(`${signal} received: readiness now fails; stopping`, { delayMs: config.shutdownDelayMs, graceMs: config.shutdownGraceMs });
    const limitMs = config.shutdownDelayMs + config.shutdownGraceMs + 15_000;
    const force = setTimeout(() => {
      log.error(`Shutdown took longer than ${limitMs} ms; exiting anyway`);
      process.exit(1);
    }, limitMs);
    force.unref();
    try {
      if (config.shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
      await server?.close();
      log.info('HTTP server drained');
      await db?.close();
      log.info('Stopped cleanly');
      process.exit(0);
    } catch (error) {
      log.error('Error while stopping', { error: String(error) });
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  db = await openDatabase(config);
  await migrate(db.dataSource);
  if (config.seedDemo && (await isEmpty(db.dataSource))) await loadDemo(db.dataSource);
  server = await createServer(db.dataSource, config);
  try {
    await server.listen(config.port, config.host);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new AlreadyRunningError(
        `Port ${config.port} on ${config.host} is in use: is another "npm start" running? Stop it, or start this one with PORT=<another port>.`,
      );
    }
    throw error;
  }
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  log.info(`GraphQL API listening on ${base}/graphql` + (config.env !== 'production' ? ' (open it in a browser for the GraphQL IDE)' : ''));
  log.info(`Data: ${db.location}`);
  log.info(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Ctrl-C stops the server and its database.`);
}

main().catch(async (error) => {
  if (error instanceof AlreadyRunningError || error instanceof ConfigError) {
    log.error(error.message);
  } else {
    log.error('Could not start', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  await server?.close().catch(() => undefined);
  await db?.close().catch(() => undefined);
  process.exit(1);
});
