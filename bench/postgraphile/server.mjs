// PostGraphile v5 (amber preset) over the bench database: the reference the benchmark
// compares against. Runs under Node 22 from bench/.cache, copied next to its node_modules.
// Env: DATABASE_URL, PORT, SCHEMAS (comma-separated), POOL_SIZE, PRINT_SCHEMA=1 (print SDL and exit).
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { printSchema } from 'postgraphile/graphql';

const port = Number(process.env.PORT ?? 5678);
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: (process.env.SCHEMAS ?? 'public').split(','),
      poolConfig: { max: Number(process.env.POOL_SIZE ?? 10) },
    }),
  ],
  grafserv: { port, host: '127.0.0.1', graphqlPath: '/graphql', watch: false, graphiql: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);

if (process.env.PRINT_SCHEMA === '1') {
  const { schema } = await pgl.getSchemaResult();
  process.stdout.write(printSchema(schema));
  await pgl.release();
  process.exit(0);
}

const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => {
  console.error(error);
  process.exit(1);
});
await serv.addTo(server);
await pgl.getSchema();
server.listen(port, '127.0.0.1', () => console.log(`postgraphile listening on ${port}`));

const stop = () => {
  server.close();
  pgl.release().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
