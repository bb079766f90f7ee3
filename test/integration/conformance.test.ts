import { serverAudits } from 'graphql-http';
import { startServer, type RunningServer } from '../support/hardening';

/**
 * Issue 8: the GraphQL-over-HTTP audit suite of `graphql-http` against the real
 * server (development mode: introspection on). No MUST audit may fail; the
 * SHOULD audits that fail are exactly those listed in the README, with reasons.
 */
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ env: 'development' });
});
afterAll(() => server?.close());

/** SHOULD audits this server does not pass, by audit id; the README says why. Keep the two in step. */
const KNOWN_SHOULD_FAILURES: Record<string, string> = {
  // Deliberate: issue 8 wants every refused request to be an HTTP 400, whatever the Accept header.
  '572B': 'SHOULD use 200 status code on document parsing failure when accepting application/json',
  FDE2: 'SHOULD use 200 status code on document validation failure when accepting application/json',
  '7B9B': 'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
};

it('passes every MUST audit of the GraphQL-over-HTTP spec; SHOULD failures are the documented ones', async () => {
  const audits = serverAudits({ url: `${server.url}/graphql`, fetchFn: fetch });
  const failures: { id: string; name: string; reason: string }[] = [];
  let passed = 0;
  for (const audit of audits) {
    const result = await audit.fn();
    if (result.status === 'ok') {
      passed += 1;
      continue;
    }
    failures.push({ id: audit.id, name: audit.name, reason: result.reason });
  }
  const must = failures.filter((f) => f.name.startsWith('MUST'));
  const should = failures.filter((f) => f.name.startsWith('SHOULD'));
  process.stdout.write(
    `graphql-http audits: ${passed}/${audits.length} passed\n` + failures.map((f) => `  ${f.id} ${f.name}: ${f.reason}\n`).join(''),
  );
  expect(must).toEqual([]);
  expect(Object.fromEntries(should.map((f) => [f.id, f.name]))).toEqual(KNOWN_SHOULD_FAILURES);
});
