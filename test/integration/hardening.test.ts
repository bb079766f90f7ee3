import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LIMITS, QUERY_LIMITS } from '@newsroom/shared';
import { ruruHTML } from 'ruru/server';
import { loadConfig } from '../../api/src/config';
import { inlineScriptHashes } from '../../api/src/http/security';
import { createStaff, PASSWORD, type Staff, type TestApp } from '../support/app';
import { startServer, type RunningServer } from '../support/hardening';

/**
 * Issue 8: query limits, production mode and HTTP hardening, each against a
 * real server. Development and production servers share one database copy.
 */
let dev: RunningServer;
let prod: RunningServer;
let admin: Staff;
let editor: Staff;
let consoleDir: string;

beforeAll(async () => {
  consoleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-'));
  fs.writeFileSync(
    path.join(consoleDir, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="/assets/app.js"></script>',
  );
  fs.mkdirSync(path.join(consoleDir, 'assets'));
  fs.writeFileSync(path.join(consoleDir, 'assets', 'app.js'), 'console.log(1);');
  dev = await startServer({ env: 'development', consoleDir, corsOrigins: ['https://partner.example.org'] });
  prod = await startServer({ env: 'production', trustProxy: true, consoleDir }, { ds: dev.ds });
  ({ admin, editor } = await createStaff({ ds: dev.ds } as TestApp));
});
afterAll(async () => {
  await prod?.close();
  await dev?.close();
  fs.rmSync(consoleDir, { recursive: true, force: true });
});

const code = (r: { body: any }) => r.body?.errors?.[0]?.extensions?.code;

describe('query limits: HTTP 400 with a code, never 500', () => {
  const nest = (levels: number) => {
    // issues → edges → node → parent → parent … : one level per field.
    let inner = 'id';
    for (let i = 0; i < levels - 4; i++) inner = `parent { ${inner} }`;
    return `{ issues(first: 1) { edges { node { ${inner} } } } }`;
  };

  it(`refuses a query deeper than ${QUERY_LIMITS.depthMax} levels`, async () => {
    const ok = await dev.post({ query: nest(QUERY_LIMITS.depthMax) });
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
    const deep = await dev.post({ query: nest(QUERY_LIMITS.depthMax + 1) });
    expect(deep.status).toBe(400);
    expect(code(deep)).toBe('QUERY_TOO_DEEP');
    expect(deep.body.errors[0].extensions).toMatchObject({ limit: QUERY_LIMITS.depthMax, actual: QUERY_LIMITS.depthMax + 1 });
    expect(deep.body.errors[0].extensions.http).toBeUndefined();
  });

  it('counts depth through fragments where they are spread', async () => {
    const query = `fragment P on Issue { parent { parent { parent { id } } } }
      { issues(first: 1) { edges { node { ...P } } } }`;
    const deep = await dev.post({ query });
    expect(deep.status).toBe(400);
    expect(code(deep)).toBe('QUERY_TOO_DEEP');
  });

  it(`refuses more than ${QUERY_LIMITS.aliasesMax} aliases, __typename included`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const ok = await dev.post({ query: aliases(QUERY_LIMITS.aliasesMax) });
    expect(ok.status).toBe(200);
    const many = await dev.post({ query: aliases(QUERY_LIMITS.aliasesMax + 1) });
    expect(many.status).toBe(400);
    expect(code(many)).toBe('TOO_MANY_ALIASES');
    // A fragment with aliases spread twice counts twice.
    const spread = await dev.post({
      query: `fragment F on Query { ${Array.from({ length: 8 }, (_, i) => `t${i}: __typename`).join(' ')} } { ...F q: __typename ... on Query { ...F } }`,
    });
    expect(code(spread)).toBe('TOO_MANY_ALIASES');
  });

  it(`refuses more than ${QUERY_LIMITS.directivesMax} directives`, async () => {
    const directives = (n: number) => `{ ${'__typename @include(if: true) '.repeat(n)} }`;
    const ok = await dev.post({ query: directives(QUERY_LIMITS.directivesMax) });
    expect(ok.status).toBe(200);
    const many = await dev.post({ query: directives(QUERY_LIMITS.directivesMax + 1) });
    expect(many.status).toBe(400);
    expect(code(many)).toBe('TOO_MANY_DIRECTIVES');
  });

  it(`refuses a cost above ${QUERY_LIMITS.costMax}: page sizes multiply what is under them, variables included`, async () => {
    const query = `query($n: Int) { issues(first: $n) { edges { node { quotes(first: 100) { text } } } } }`;
    const cheap = await dev.post({ query, variables: { n: 10 } });
    expect(cheap.status).toBe(200);
    expect(cheap.body.errors).toBeUndefined();
    const costly = await dev.post({ query, variables: { n: 100 } });
    expect(costly.status).toBe(400);
    expect(code(costly)).toBe('QUERY_TOO_COSTLY');
    expect(costly.body.errors[0].extensions.actual).toBeGreaterThan(QUERY_LIMITS.costMax);
    // Left out, a connection's page counts as the default page size.
    const defaulted = await dev.post({ query: `{ issues { edges { node { quotes(first: 100) { text } } } } }` });
    expect(defaulted.status).toBe(200);
  });

  it(`refuses first/last above the page maximum (${LIMITS.pageSizeMax}) before running anything`, async () => {
    const big = await dev.post({ query: `{ quotes(first: ${LIMITS.pageSizeMax + 1}) { totalCount } }` });
    expect(big.status).toBe(400);
    expect(code(big)).toBe('PAGE_TOO_LARGE');
    const viaVariable = await dev.post({ query: `query($n: Int) { actors(last: $n) { totalCount } }`, variables: { n: 1000 } });
    expect(code(viaVariable)).toBe('PAGE_TOO_LARGE');
  });

  it(`refuses more than ${QUERY_LIMITS.tokensMax} tokens as a parse failure, and bad syntax alike`, async () => {
    // A list of n strings is n tokens: just under the limit parses (and is then refused for want of a sign-in).
    const list = (n: number) => `mutation { createActor(input: { kind: PERSON, name: "x", aliases: [${'"a" '.repeat(n)}] }) { id } }`;
    const ok = await dev.post({ query: list(QUERY_LIMITS.tokensMax - 30) });
    expect(ok.status).toBe(200);
    expect(code(ok)).toBe('UNAUTHENTICATED');
    const long = await dev.post({ query: list(QUERY_LIMITS.tokensMax) });
    expect(long.status).toBe(400);
    expect(code(long)).toBe('GRAPHQL_PARSE_FAILED');
    expect(long.body.errors[0].message).toMatch(/more tha[nt] 1000 tokens/);
    const broken = await dev.post({ query: '{ issues { ' });
    expect(broken.status).toBe(400);
    expect(code(broken)).toBe('GRAPHQL_PARSE_FAILED');
  });

  it(`answers a body over ${QUERY_LIMITS.bodyBytesMax} bytes with 413 and JSON, and malformed JSON with 400`, async () => {
    const huge = await dev.post({ query: '{ __typename }', variables: { pad: 'x'.repeat(QUERY_LIMITS.bodyBytesMax) } });
    expect(huge.status).toBe(413);
    expect(huge.headers.get('content-type')).toMatch(/application\/json/);
    expect(code(huge)).toBe('PAYLOAD_TOO_LARGE');
    const malformed = await dev.post('{"query": ');
    expect(malformed.status).toBe(400);
    expect(code(malformed)).toBe('BAD_REQUEST');
  });

  it('does not accept batched (array) requests', async () => {
    const batch = await dev.post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
    expect(JSON.stringify(batch.body)).toMatch(/batch/i);
  });

  it('counts each login attempt inside one request: one audit row per attempt that runs', async () => {
    // Mutations run one after another and a refused login answers null, so every
    // aliased attempt runs, is checked against the hourly limit and audited on its
    // own: aliases cannot buy an attacker untallied guesses.
    const attempts = 5;
    const email = editor.email;
    const wrong = (i: number) => `l${i}: login(email: "${email}", password: "wrong ${i}") { id }`;
    const before = await failedLogins(email);
    const result = await dev.post({ query: `mutation { ${Array.from({ length: attempts }, (_, i) => wrong(i)).join(' ')} }` });
    expect(result.status).toBe(200);
    const ran = result.body.errors.filter((e: any) => e.extensions.code === 'UNAUTHENTICATED').length;
    expect(ran).toBe(attempts);
    expect((await failedLogins(email)) - before).toBe(ran);
    // A right password first, then wrong ones: each that runs leaves its own row.
    const mixed = await dev.post({
      query: `mutation { ok: login(email: "${email}", password: "${PASSWORD}") { id } ${wrong(7)} ${wrong(8)} }`,
    });
    const [{ n: successes }] = await dev.ds.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'login' AND success AND details->>'email' = $1`,
      [email],
    );
    expect(successes).toBe(1);
    const ranMixed = mixed.body.errors.length;
    expect(ranMixed).toBe(2);
    expect((await failedLogins(email)) - before).toBe(ran + ranMixed);
    // At the hourly limit, every further attempt in a request is refused and counted.
    const missing = 100 - (await failedLogins(email));
    await dev.ds.query(
      `INSERT INTO audit_log (action, success, details) SELECT 'login', false, jsonb_build_object('email', $1::text) FROM generate_series(1, $2)`,
      [email, missing],
    );
    const throttled = await dev.post({ query: `mutation { ${wrong(1)} }` });
    expect(code(throttled)).toBe('TOO_MANY_REQUESTS');
    const good = await dev.post({ query: `mutation { login(email: "${email}", password: "${PASSWORD}") { id } }` });
    expect(code(good)).toBe('TOO_MANY_REQUESTS');
  });
});

async function failedLogins(email: string): Promise<number> {
  const [{ n }] = await dev.ds.query(
    `SELECT count(*)::int AS n FROM audit_log WHERE action = 'login' AND success = false AND details->>'email' = $1`,
    [email],
  );
  return n;
}

describe('production mode', () => {
  const introspection = '{ __schema { queryType { name } } }';

  it('refuses introspection to anonymous clients and allows it to signed-in users', async () => {
    const anonymous = await prod.post({ query: introspection });
    expect(anonymous.status).toBe(400);
    expect(code(anonymous)).toBe('INTROSPECTION_DISABLED');
    const viaType = await prod.post({ query: '{ __type(name: "Query") { name } }' });
    expect(code(viaType)).toBe('INTROSPECTION_DISABLED');
    const typename = await prod.post({ query: '{ __typename }' });
    expect(typename.body.data.__typename).toBe('Query');
    const staff = await prod.post({ query: introspection }, editor.headers);
    expect(staff.status).toBe(200);
    expect(staff.body.data.__schema.queryType.name).toBe('Query');
    // Development: everyone.
    expect((await dev.post({ query: introspection })).body.data.__schema.queryType.name).toBe('Query');
  });

  it('serves the IDE to signed-in users only', async () => {
    const page = (server: RunningServer, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/graphql`, { headers: { accept: 'text/html', ...headers } });
    const anonymous = await page(prod);
    expect(anonymous.headers.get('content-type')).not.toMatch(/html/);
    expect((await fetch(`${prod.url}/graphql/ide/ruru.js`)).status).toBe(404);
    const staff = await page(prod, admin.headers);
    expect(staff.status).toBe(200);
    expect(await staff.text()).toMatch(/RURU_CONFIG/);
    expect((await page(dev)).headers.get('content-type')).toMatch(/html/);
  });

  it('gives no "Did you mean" suggestions', async () => {
    const typo = await prod.post({ query: '{ isues { totalCount } }' });
    expect(typo.status).toBe(400);
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean/i);
    const devTypo = await dev.post({ query: '{ isues { totalCount } }' });
    expect(JSON.stringify(devTypo.body)).toMatch(/Did you mean/i);
  });

  it('masks unexpected errors, giving a request id instead', async () => {
    await dev.ds.query('ALTER TABLE published_issues RENAME TO published_issues_hidden');
    await dev.ds.query('ALTER TABLE issues RENAME TO issues_hidden');
    try {
      const broken = await prod.post({ query: '{ issues(first: 1) { totalCount } }' });
      const error = broken.body.errors[0];
      expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error.message).toMatch(/request id/);
      expect(error.extensions.requestId).toBe(broken.headers.get('x-request-id'));
      expect(JSON.stringify(broken.body)).not.toMatch(/relation|issues_hidden|stack|at /);
    } finally {
      await dev.ds.query('ALTER TABLE issues_hidden RENAME TO issues');
      await dev.ds.query('ALTER TABLE published_issues_hidden RENAME TO published_issues');
    }
  });

  it('prevents CSRF: simple requests without a preflight-forcing header are refused', async () => {
    for (const server of [prod, dev]) {
      const form = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(form.status).toBe(400);
      const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
      expect(get.status).toBe(400);
      expect(await get.text()).toMatch(/CSRF/i);
      const allowed = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(allowed.status).toBe(200);
    }
  });

  it('answers a mutation over GET with 405', async () => {
    const response = await fetch(`${prod.url}/graphql?query=${encodeURIComponent('mutation { logout }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});

describe('HTTP headers', () => {
  const BASELINE = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  };

  it('puts the baseline on every response, with no X-Powered-By', async () => {
    const responses = [
      await fetch(`${dev.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      }),
      await fetch(`${dev.url}/healthz`),
      await fetch(`${dev.url}/readyz`),
      await fetch(`${dev.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[' }),
      await fetch(`${prod.url}/graphql?query=x`, { headers: { 'apollo-require-preflight': 'true' } }),
      await fetch(`${prod.url}/`),
    ];
    for (const response of responses) {
      for (const [name, value] of Object.entries(BASELINE)) expect(response.headers.get(name)).toBe(value);
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
    const api = responses[0].headers.get('content-security-policy')!;
    expect(api).toMatch(/default-src 'none'/);
  });

  it('sends HSTS only for https requests through a trusted proxy', async () => {
    const https = await fetch(`${prod.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    // The development server does not trust proxies: the header is ignored.
    const untrusted = await fetch(`${dev.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(untrusted.headers.get('strict-transport-security')).toBeNull();
  });

  it("gives the console a strict policy: scripts from 'self' only", async () => {
    for (const url of [`${prod.url}/`, `${prod.url}/quotes/123`, `${prod.url}/assets/app.js`]) {
      const response = await fetch(url);
      expect(response.status).toBe(200);
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).not.toMatch(/unsafe-eval/);
    }
  });

  it("gives the IDE page its own policy: inline scripts by hash, no 'unsafe-inline' for scripts", async () => {
    const response = await fetch(`${dev.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await response.text();
    const csp = response.headers.get('content-security-policy')!;
    const scriptSrc = /script-src ([^;]*)/.exec(csp)![1];
    expect(scriptSrc).not.toMatch(/unsafe-inline/);
    const hashes = inlineScriptHashes(html);
    expect(hashes.length).toBeGreaterThanOrEqual(3);
    for (const hash of hashes) expect(scriptSrc).toContain(`'${hash}'`);
    expect(html).toBe(ruruHTML({ endpoint: '/graphql', staticPath: '/graphql/ide/' }));
    // Its own scripts and workers come from /graphql/ide/, under the same policy. (The
    // bundle itself cannot load inside jest's VM, so faults.test.ts fetches it from a real process.)
    const bundle = await fetch(`${dev.url}/graphql/ide/ruru.js`);
    expect(bundle.headers.get('content-security-policy')).toBe(csp);
    // The hash is of the exact script text.
    const first = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    expect(hashes).toContain(`sha256-${crypto.createHash('sha256').update(first).digest('base64')}`);
  });

  it('allows CORS for configured origins only, never *', async () => {
    const preflight = (origin: string) =>
      fetch(`${dev.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('https://partner.example.org');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example.org');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const other = await preflight('https://evil.example.com');
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const post = await dev.post({ query: '{ __typename }' }, { origin: 'https://evil.example.com' });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    const good = await dev.post({ query: '{ __typename }' }, { origin: 'https://partner.example.org' });
    expect(good.headers.get('access-control-allow-origin')).toBe('https://partner.example.org');
    expect(good.headers.get('vary')).toMatch(/Origin/);
    // No configured origins (production here): no CORS headers at all.
    const none = await prod.post({ query: '{ __typename }' }, { origin: 'https://partner.example.org' });
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses "*" and malformed origins in CORS_ORIGINS', () => {
    const saved = process.env.CORS_ORIGINS;
    try {
      process.env.CORS_ORIGINS = '*';
      expect(() => loadConfig()).toThrow(/CORS_ORIGINS/);
      process.env.CORS_ORIGINS = 'https://a.example.org/path';
      expect(() => loadConfig()).toThrow(/CORS_ORIGINS/);
      process.env.CORS_ORIGINS = 'https://a.example.org, http://localhost:5173';
      expect(loadConfig().corsOrigins).toEqual(['https://a.example.org', 'http://localhost:5173']);
    } finally {
      if (saved === undefined) delete process.env.CORS_ORIGINS;
      else process.env.CORS_ORIGINS = saved;
    }
  });
});
