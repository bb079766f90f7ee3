import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../api/src/database/data-source';
import { scratchDataDir } from '../../api/src/database/embedded';
import { migrate } from '../../api/src/database/migrate';
import { createStaff, type Staff, type TestApp } from '../support/app';
import { copyDatabase, sleep, spawnApi, startPgChild, startServer, type PgChild, type RunningServer } from '../support/hardening';

/**
 * Issue 8, faults: health probes; PostgreSQL stopping and coming back under
 * load; SIGTERM draining; SIGKILL during writes losing nothing acknowledged.
 */

const CREATE_ACTOR = `mutation($name: String!) { createActor(input: { kind: PERSON, name: $name }) { id } }`;

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await fn();
  return { value, ms: Date.now() - started };
}

describe('health probes', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ env: 'test' });
  });
  afterAll(() => server?.close());

  it('/healthz says the process is up, /readyz that the database answers', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});

describe('PostgreSQL stops and comes back', () => {
  let pg: PgChild;
  let dataDir: string;
  let scratchRoot: string;
  let ds: DataSource;
  let server: RunningServer;
  let editor: Staff;
  let running = false;

  beforeAll(async () => {
    // Nested: the credentials file lives beside the data dir, and must not be shared with other clusters in the temp dir.
    scratchRoot = scratchDataDir('newsroom-fault');
    dataDir = path.join(scratchRoot, 'postgres');
    pg = await startPgChild(dataDir);
    ds = createDataSource({ url: pg.url, poolSize: 4, poolTimeoutMs: 2_000, statementTimeoutMs: 5_000 });
    await ds.initialize();
    await migrate(ds);
    ({ editor } = await createStaff({ ds } as TestApp));
    server = await startServer({ env: 'test' }, { ds });
  }, 120_000);
  afterAll(async () => {
    running = false;
    await server?.close();
    if (ds?.isInitialized) await ds.destroy().catch(() => undefined);
    await pg?.stop().catch(() => undefined);
    fs.rmSync(scratchRoot, { recursive: true, force: true });
  });

  it('fails fast with DATABASE_UNAVAILABLE (503) while it is down and recovers by itself', async () => {
    const read = () => server.post({ query: '{ actors(first: 5) { totalCount } }' });
    const write = (name: string) => server.post({ query: CREATE_ACTOR, variables: { name } }, editor.headers);
    expect((await read()).status).toBe(200);
    expect((await write('Before Stop')).body.data.createActor.id).toBeTruthy();

    // Requests keep coming while the database stops.
    running = true;
    const statuses: number[] = [];
    const load = (async () => {
      for (let i = 0; running; i++) {
        const r = await (i % 2 ? read() : write(`Under Load ${i}`)).catch(() => ({ status: 0 }));
        statuses.push(r.status);
      }
    })();
    await sleep(300);
    await pg.stop();

    const down = await timed(read);
    expect(down.value.status).toBe(503);
    expect(down.value.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(down.value.headers.get('retry-after')).toBe('5');
    expect(down.ms).toBeLessThan(3_000);
    const downWrite = await timed(() => write('While Down'));
    expect(downWrite.value.status).toBe(503);
    expect(downWrite.value.body.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(downWrite.ms).toBeLessThan(3_000);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    pg = await startPgChild(dataDir, pg.port);
    const deadline = Date.now() + 20_000;
    let recovered = false;
    while (!recovered && Date.now() < deadline) {
      recovered = (await read()).status === 200 && (await fetch(`${server.url}/readyz`)).status === 200;
      if (!recovered) await sleep(200);
    }
    expect(recovered).toBe(true);
    expect((await write('After Restart')).body.data.createActor.id).toBeTruthy();
    running = false;
    await load;
    // Never a 500 or a hang: only successes and 503s.
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM actors WHERE name = 'While Down'`);
    expect(n).toBe(0);
  }, 90_000);
});

describe('the API process', () => {
  let database: { url: string; drop(): Promise<void> };
  let ds: DataSource;
  let editor: Staff;

  beforeAll(async () => {
    database = await copyDatabase();
    ds = createDataSource({ url: database.url, poolSize: 2 });
    await ds.initialize();
    ({ editor } = await createStaff({ ds } as TestApp));
  });
  afterAll(async () => {
    await ds?.destroy();
    await database?.drop();
  });

  it('on SIGTERM fails readiness at once, finishes in-flight requests, then exits 0', async () => {
    const api = await spawnApi(database.url, { SHUTDOWN_DELAY_MS: '1500', SHUTDOWN_GRACE_MS: '5000' });
    try {
      expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
      // The IDE's bundle, served from the installed ruru files (it cannot load inside jest).
      expect((await fetch(`${api.url}/graphql/ide/ruru.js`)).status).toBe(200);
      // An in-flight request: headers sent, body still coming.
      const body = JSON.stringify({ query: CREATE_ACTOR, variables: { name: 'In Flight' } });
      const inFlight = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(
          `${api.url}/graphql`,
          { method: 'POST', headers: { 'content-type': 'application/json', ...editor.headers } },
          (res) => {
            let text = '';
            res.on('data', (d) => (text += String(d)));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on('error', reject);
        req.write(body.slice(0, 10));
        setTimeout(() => req.end(body.slice(10)), 1_000);
      });
      await sleep(200);
      api.child.kill('SIGTERM');
      await sleep(200);
      const ready = await fetch(`${api.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'shutting down' });
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
      const finished = await inFlight;
      expect(finished.status).toBe(200);
      expect(JSON.parse(finished.body).data.createActor.id).toBeTruthy();
      const exit = await api.exited;
      expect(exit).toEqual({ code: 0, signal: null });
      expect(api.output()).toMatch(/Stopped cleanly/);
    } finally {
      api.child.kill('SIGKILL');
    }
  }, 60_000);

  it('loses no acknowledged write and leaves no half-written one when SIGKILLed mid-write', async () => {
    const api = await spawnApi(database.url);
    const acknowledged = new Map<string, string>();
    let attempted = 0;
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const name = `Kill Test ${w}-${i}`;
        attempted += 1;
        try {
          const response = await fetch(`${api.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...editor.headers },
            body: JSON.stringify({ query: CREATE_ACTOR, variables: { name } }),
          });
          const result = (await response.json()) as { data?: { createActor?: { id: string } } };
          if (result.data?.createActor?.id) acknowledged.set(result.data.createActor.id, name);
        } catch {
          stop = true; // the process is gone
        }
      }
    };
    const writers = Array.from({ length: 6 }, (_, w) => writer(w));
    await sleep(1_500);
    api.child.kill('SIGKILL');
    await Promise.all(writers);
    expect((await api.exited).signal).toBe('SIGKILL');
    expect(acknowledged.size).toBeGreaterThan(5);

    const rows: { id: string; name: string; revisions: number; audits: number }[] = await ds.query(
      `SELECT a.id, a.name,
              (SELECT count(*)::int FROM revisions r WHERE r.entity_id = a.id) AS revisions,
              (SELECT count(*)::int FROM audit_log l WHERE l.entity_id = a.id AND l.action = 'create') AS audits
         FROM actors a WHERE a.name LIKE 'Kill Test %'`,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const [id, name] of acknowledged) {
      expect(byId.get(id)).toMatchObject({ name, revisions: 1, audits: 1 });
    }
    // Every stored one is whole (the write in flight at the kill either committed entirely or not at all)…
    expect(rows.filter((r) => r.revisions !== 1 || r.audits !== 1)).toEqual([]);
    // …and stored once: at most the acknowledged plus those cut off before their answer.
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
    expect(rows.length).toBeLessThanOrEqual(attempted);
    expect(rows.length - acknowledged.size).toBeLessThanOrEqual(6);

    // A new process serves the same data at once.
    const again = await spawnApi(database.url);
    try {
      const [id] = [...acknowledged.keys()];
      const response = await fetch(`${again.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...editor.headers },
        body: JSON.stringify({ query: `query($id: ID!) { actor(id: $id) { id } }`, variables: { id } }),
      });
      expect(((await response.json()) as { data: { actor: { id: string } } }).data.actor.id).toBe(id);
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
  }, 90_000);
});
