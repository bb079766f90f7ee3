/**
 * The floor: plain node:http + pg, one named prepared statement per read whose
 * result is the JSON page, written to the socket as PostgreSQL produced it.
 * POST /read {"read": name, "vars": {...}} → {"data": <page>}.
 * Env: DATABASE_URL, PORT, TABLE_PREFIX, POOL_SIZE.
 */
import http from 'node:http';
import { Pool } from 'pg';
import { floorStatements } from './floor-sql';

const statements = floorStatements(process.env.TABLE_PREFIX ?? '');
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.POOL_SIZE ?? 10),
  application_name: 'newsroom-bench-floor',
});

function send(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/healthz') return send(res, 200, '{"status":"ok"}');
  if (req.method !== 'POST' || req.url !== '/read') return send(res, 404, '{"errors":[{"message":"not found"}]}');
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    let read: string;
    let vars: Record<string, unknown>;
    try {
      ({ read, vars } = JSON.parse(Buffer.concat(chunks).toString('utf8')));
    } catch {
      return send(res, 400, '{"errors":[{"message":"bad JSON"}]}');
    }
    const statement = statements[read];
    if (!statement) return send(res, 400, '{"errors":[{"message":"unknown read"}]}');
    pool
      .query<{ json: string | null }>({ name: read, text: statement.sql, values: statement.params.map((p) => vars?.[p] ?? null) })
      .then((result) => send(res, 200, `{"data":${result.rows[0]?.json ?? 'null'}}`))
      .catch((error: Error) => send(res, 500, JSON.stringify({ errors: [{ message: error.message }] })));
  });
});

server.listen(Number(process.env.PORT ?? 5679), '127.0.0.1', () => console.log(`floor listening on ${process.env.PORT}`));

const stop = () => {
  server.close();
  pool.end().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
