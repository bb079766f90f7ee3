import { createStaff, ok, PASSWORD, startTestApp, type Staff, type TestApp } from '../support/app';

/** Accounts, authorisation, four-eyes review, revisions, conflicts and audit (issue 3). */
let app: TestApp;
let staff: Awaited<ReturnType<typeof createStaff>>;
let demo: { articleId: string; speakerId: string; issueId: string; body: string };

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  staff = await createStaff(app);
  const data = ok(
    await app.gql(`{
      articles { edges { node { id body } } }
      actors(filter: { search: "Hakan Fidan" }) { edges { node { id } } }
      issueBySlug(slug: "peace-treaty-draft") { id }
    }`),
  );
  demo = {
    articleId: data.articles.edges[0].node.id,
    body: data.articles.edges[0].node.body,
    speakerId: data.actors.edges[0].node.id,
    issueId: data.issueBySlug.id,
  };
});
afterAll(() => app?.close());

const as = (who: Staff, query: string, variables?: Record<string, unknown>) => app.gql(query, variables, who.headers);
const anon = (query: string, variables?: Record<string, unknown>) => app.gql(query, variables);

async function newQuote(who: Staff = staff.editor) {
  const text = 'Foreign Minister Hakan Fidan';
  const start = demo.body.indexOf(text);
  return ok(
    await as(who, `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id status version } }`, {
      i: {
        text,
        kind: 'PARAPHRASE',
        speakerId: demo.speakerId,
        articleId: demo.articleId,
        startOffset: start,
        endOffset: start + text.length,
        delivery: 'MEDIA_REPORT',
        issueIds: [demo.issueId],
      },
    }),
  ).createQuote as { id: string; status: string; version: number };
}

async function auditRows(entityId: string): Promise<{ action: string; success: boolean; user_id: string | null }[]> {
  return app.ds.query('SELECT action, success, user_id FROM audit_log WHERE entity_id = $1 ORDER BY id', [entityId]);
}

describe('the demo data', () => {
  it('is approved and public', async () => {
    const data = ok(await anon(`{ quotes { totalCount edges { node { status approvedVersion } } } }`));
    expect(data.quotes.totalCount).toBe(6);
    expect(new Set(data.quotes.edges.map((e: any) => e.node.status))).toEqual(new Set(['APPROVED']));
  });
});

describe('anonymous clients never see an unapproved record', () => {
  it('through lists, counts, lookups, nested fields, search and node', async () => {
    const quote = await newQuote();
    expect(quote.status).toBe('DRAFT');
    const lists = ok(await anon(`{ quotes(first: 100) { totalCount edges { node { id } } } }`));
    expect(lists.quotes.totalCount).toBe(6);
    expect(lists.quotes.edges.map((e: any) => e.node.id)).not.toContain(quote.id);
    const byId = ok(await anon(`query($id: ID!) { quote(id: $id) { id } node(id: $id) { id } }`, { id: quote.id }));
    expect(byId).toEqual({ quote: null, node: null });
    const missing = ok(await anon(`{ quote(id: "00000000-0000-4000-8000-000000000000") { id } }`));
    expect(missing).toEqual({ quote: null });
    const nested = ok(
      await anon(
        `query($a: ID!, $i: ID!, $s: ID!) {
        article(id: $a) { quotes { id } }
        issue(id: $i) { quotes(first: 100) { id } }
        actor(id: $s) { quotes(first: 100) { id } }
      }`,
        { a: demo.articleId, i: demo.issueId, s: demo.speakerId },
      ),
    );
    const nestedIds = [...nested.article.quotes, ...nested.issue.quotes, ...nested.actor.quotes].map((q: any) => q.id);
    expect(nestedIds).not.toContain(quote.id);
    const hits = ok(await anon(`{ search(query: "Hakan Fidan", first: 50) { node { ... on Quote { id } } } }`));
    expect(hits.search.map((h: any) => h.node.id)).not.toContain(quote.id);
    const filtered = ok(
      await anon(`query($s: ID!) { quotes(filter: { speakerId: $s, status: DRAFT }) { totalCount } }`, { s: demo.speakerId }),
    );
    expect(filtered.quotes.totalCount).toBe(0);
    // Staff see the draft.
    const mine = ok(await as(staff.reviewer, `query($id: ID!) { quote(id: $id) { id status } }`, { id: quote.id }));
    expect(mine.quote.status).toBe('DRAFT');
  });

  it('and staff-only fields read null for them', async () => {
    const data = ok(await anon(`{ quotes(first: 1) { edges { node { reviewNote submittedBy { id } updatedBy { id } } } } }`));
    expect(data.quotes.edges[0].node).toEqual({ reviewNote: null, submittedBy: null, updatedBy: null });
  });
});

describe('review', () => {
  it('a new quote becomes public only once a different user approves it', async () => {
    const quote = await newQuote();
    const tooEarly = await as(staff.reviewer, `mutation($id: ID!) { approve(id: $id, revision: 1) { status } }`, { id: quote.id });
    expect(tooEarly.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    const submitted = ok(
      await as(staff.editor, `mutation($id: ID!) { submitForReview(id: $id) { status ... on Quote { submittedBy { email } } } }`, {
        id: quote.id,
      }),
    );
    expect(submitted.submitForReview).toEqual({ status: 'IN_REVIEW', submittedBy: { email: 'editor@example.org' } });
    const queue = ok(
      await as(
        staff.reviewer,
        `{ reviewQueue { edges { node { id type label version submittedBy { email } changes { field from to } } } } }`,
      ),
    );
    const item = queue.reviewQueue.edges.map((e: any) => e.node).find((n: any) => n.id === quote.id);
    expect(item).toMatchObject({ type: 'QUOTE', version: 1, submittedBy: { email: 'editor@example.org' } });
    expect(item.changes.map((c: any) => c.field)).toContain('text');
    const byEditor = await as(staff.editor2, `mutation($id: ID!) { approve(id: $id, revision: 1) { status } }`, { id: quote.id });
    expect(byEditor.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const approved = ok(
      await as(staff.reviewer, `mutation($id: ID!) { approve(id: $id, revision: 1) { status approvedVersion } }`, { id: quote.id }),
    );
    expect(approved.approve).toEqual({ status: 'APPROVED', approvedVersion: 1 });
    const seen = ok(await anon(`query($id: ID!) { quote(id: $id) { id status issues { slug } } }`, { id: quote.id }));
    expect(seen.quote).toEqual({ id: quote.id, status: 'APPROVED', issues: [{ slug: 'peace-treaty-draft' }] });
  });

  it('nobody approves a revision they authored', async () => {
    const quote = await newQuote(staff.reviewer);
    ok(await as(staff.reviewer, `mutation($id: ID!) { submitForReview(id: $id) { status } }`, { id: quote.id }));
    const self = await as(staff.reviewer, `mutation($id: ID!) { approve(id: $id, revision: 1) { status } }`, { id: quote.id });
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'FOUR_EYES' });
    ok(await as(staff.reviewer2, `mutation($id: ID!) { approve(id: $id, revision: 1) { status } }`, { id: quote.id }));
  });

  it('clients keep the approved revision while an edit waits; approving a stale revision is a CONFLICT', async () => {
    const quote = await newQuote();
    ok(await as(staff.editor, `mutation($id: ID!) { submitForReview(id: $id) { status } }`, { id: quote.id }));
    ok(await as(staff.reviewer, `mutation($id: ID!) { approve(id: $id, revision: 1) { status } }`, { id: quote.id }));
    const edited = ok(
      await as(
        staff.editor,
        `mutation($id: ID!) { updateQuote(id: $id, input: { expectedVersion: 1, deliveryContext: "Ankara" }) { status version deliveryContext } }`,
        { id: quote.id },
      ),
    );
    expect(edited.updateQuote).toEqual({ status: 'DRAFT', version: 2, deliveryContext: 'Ankara' });
    const publicView = ok(await anon(`query($id: ID!) { quote(id: $id) { deliveryContext version status } }`, { id: quote.id }));
    expect(publicView.quote).toEqual({ deliveryContext: null, version: 1, status: 'APPROVED' });
    ok(await as(staff.editor, `mutation($id: ID!) { submitForReview(id: $id) { status } }`, { id: quote.id }));
    const stale = await as(staff.reviewer, `mutation($id: ID!) { approve(id: $id, revision: 1) { status } }`, { id: quote.id });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const queue = ok(
      await as(staff.reviewer, `{ reviewQueue(filter: { type: QUOTE }) { edges { node { id changes { field from to } } } } }`),
    );
    const item = queue.reviewQueue.edges.find((e: any) => e.node.id === quote.id).node;
    expect(item.changes).toEqual([{ field: 'deliveryContext', from: null, to: 'Ankara' }]);
    ok(await as(staff.reviewer, `mutation($id: ID!) { approve(id: $id, revision: 2) { status } }`, { id: quote.id }));
    const after = ok(await anon(`query($id: ID!) { quote(id: $id) { deliveryContext } }`, { id: quote.id }));
    expect(after.quote.deliveryContext).toBe('Ankara');
  });

  it('requested changes need an edit before resubmitting', async () => {
    const quote = await newQuote();
    ok(await as(staff.editor, `mutation($id: ID!) { submitForReview(id: $id) { status } }`, { id: quote.id }));
    const blank = await as(staff.reviewer, `mutation($id: ID!) { requestChanges(id: $id, note: "  ") { status } }`, { id: quote.id });
    expect(blank.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const sent = ok(
      await as(staff.reviewer, `mutation($id: ID!) { requestChanges(id: $id, note: "Say where he said it") { status reviewNote } }`, {
        id: quote.id,
      }),
    );
    expect(sent.requestChanges).toEqual({ status: 'CHANGES_REQUESTED', reviewNote: 'Say where he said it' });
    const unchanged = await as(staff.editor, `mutation($id: ID!) { submitForReview(id: $id) { status } }`, { id: quote.id });
    expect(unchanged.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    const edited = ok(
      await as(
        staff.editor,
        `mutation($id: ID!) { updateQuote(id: $id, input: { expectedVersion: 1, deliveryContext: "Ankara press conference" }) { status } }`,
        { id: quote.id },
      ),
    );
    expect(edited.updateQuote.status).toBe('CHANGES_REQUESTED');
    ok(await as(staff.editor, `mutation($id: ID!) { submitForReview(id: $id) { status } }`, { id: quote.id }));
  });

  it('will not publish a quote whose speaker is not approved yet', async () => {
    const actor = ok(
      await as(staff.editor, `mutation { createActor(input: { kind: PERSON, name: "Unapproved Speaker" }) { id } }`),
    ).createActor;
    const text = 'Hakan Fidan';
    const start = demo.body.indexOf(text);
    const quote = ok(
      await as(staff.editor, `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }`, {
        i: {
          text,
          kind: 'PARAPHRASE',
          speakerId: actor.id,
          articleId: demo.articleId,
          startOffset: start,
          endOffset: start + text.length,
          delivery: 'OTHER',
        },
      }),
    ).createQuote;
    ok(await as(staff.editor, `mutation($id: ID!) { submitForReview(id: $id) { status } }`, { id: quote.id }));
    const refused = await as(staff.reviewer, `mutation($id: ID!) { approve(id: $id, revision: 1) { status } }`, { id: quote.id });
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0].message).toMatch(/Approve these first.*actor "Unapproved Speaker"/);
  });
});

describe('no lost edits', () => {
  it('a stale update is refused with what changed, and nothing is written', async () => {
    const quote = await newQuote();
    ok(
      await as(
        staff.editor,
        `mutation($id: ID!) { updateQuote(id: $id, input: { expectedVersion: 1, deliveryContext: "first" }) { version } }`,
        { id: quote.id },
      ),
    );
    const revisionsBefore = await app.ds.query('SELECT count(*)::int AS n FROM revisions WHERE entity_id = $1', [quote.id]);
    const stale = await as(
      staff.editor2,
      `mutation($id: ID!) { updateQuote(id: $id, input: { expectedVersion: 1, deliveryContext: "second" }) { version } }`,
      { id: quote.id },
    );
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 2,
      yourVersion: 1,
      changedBy: ['Test editor'],
      changes: [{ field: 'deliveryContext', from: null, to: 'first' }],
    });
    const now = ok(await as(staff.editor, `query($id: ID!) { quote(id: $id) { deliveryContext version } }`, { id: quote.id }));
    expect(now.quote).toEqual({ deliveryContext: 'first', version: 2 });
    const revisionsAfter = await app.ds.query('SELECT count(*)::int AS n FROM revisions WHERE entity_id = $1', [quote.id]);
    expect(revisionsAfter[0].n).toBe(revisionsBefore[0].n);
  });

  it('two saves fired at once from the same version: exactly one wins and one revision is written', async () => {
    const quote = await newQuote();
    const save = (who: Staff, value: string) =>
      as(who, `mutation($id: ID!, $v: String!) { updateQuote(id: $id, input: { expectedVersion: 1, deliveryContext: $v }) { version } }`, {
        id: quote.id,
        v: value,
      });
    const results = await Promise.all([save(staff.editor, 'A'), save(staff.editor2, 'B'), save(staff.reviewer, 'C')]);
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers.map((r) => r.errors?.[0].extensions?.code)).toEqual(['CONFLICT', 'CONFLICT']);
    const revisions = await app.ds.query('SELECT number FROM revisions WHERE entity_id = $1 ORDER BY number', [quote.id]);
    expect(revisions.map((r: any) => r.number)).toEqual([1, 2]);
  });
});

describe('revisions and restore', () => {
  it('lists field-level diffs and restores an old revision as a new draft, without publishing it', async () => {
    const quote = await newQuote();
    ok(await as(staff.editor, `mutation($id: ID!) { submitForReview(id: $id) { status } }`, { id: quote.id }));
    ok(await as(staff.reviewer, `mutation($id: ID!) { approve(id: $id, revision: 1) { status } }`, { id: quote.id }));
    ok(
      await as(
        staff.editor,
        `mutation($id: ID!) { updateQuote(id: $id, input: { expectedVersion: 1, delivery: STATEMENT }) { version } }`,
        { id: quote.id },
      ),
    );
    const restored = ok(
      await as(staff.editor, `mutation($id: ID!) { restoreRevision(id: $id, revision: 1) { status version } }`, { id: quote.id }),
    );
    expect(restored.restoreRevision).toEqual({ status: 'DRAFT', version: 3 });
    const history = ok(
      await as(
        staff.editor,
        `query($id: ID!) { revisions(id: $id) { number action restoredFrom author { email } approvedBy { email } changes { field from to } } }`,
        { id: quote.id },
      ),
    );
    expect(history.revisions.map((r: any) => [r.number, r.action, r.restoredFrom])).toEqual([
      [3, 'restore', 1],
      [2, 'update', null],
      [1, 'create', null],
    ]);
    expect(history.revisions[0].changes).toEqual([{ field: 'delivery', from: 'STATEMENT', to: 'MEDIA_REPORT' }]);
    expect(history.revisions[2].approvedBy).toEqual({ email: 'reviewer@example.org' });
    const publicView = ok(await anon(`query($id: ID!) { quote(id: $id) { version } }`, { id: quote.id }));
    expect(publicView.quote.version).toBe(1);
  });

  it("delete is soft: hidden from everyone's lists and from clients, restorable with its history", async () => {
    const quote = await newQuote();
    ok(await as(staff.editor, `mutation($id: ID!) { submitForReview(id: $id) { status } }`, { id: quote.id }));
    ok(await as(staff.reviewer, `mutation($id: ID!) { approve(id: $id, revision: 1) { status } }`, { id: quote.id }));
    ok(await as(staff.editor, `mutation($id: ID!) { deleteQuote(id: $id, expectedVersion: 1) }`, { id: quote.id }));
    expect(ok(await anon(`query($id: ID!) { quote(id: $id) { id } }`, { id: quote.id })).quote).toBeNull();
    const staffList = ok(await as(staff.editor, `{ quotes(first: 100) { edges { node { id } } } }`));
    expect(staffList.quotes.edges.map((e: any) => e.node.id)).not.toContain(quote.id);
    const back = ok(
      await as(staff.editor, `mutation($id: ID!) { restoreRevision(id: $id, revision: 1) { status deletedAt } }`, { id: quote.id }),
    );
    expect(back.restoreRevision).toEqual({ status: 'DRAFT', deletedAt: null });
  });
});

describe('roles', () => {
  it('anonymous clients cannot write; editors cannot approve or manage users; admins can', async () => {
    const anonWrite = await anon(`mutation { createIssue(input: { title: "Nope" }) { id } }`);
    expect(anonWrite.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const editorUsers = await as(staff.editor, `{ users { totalCount } }`);
    expect(editorUsers.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const reviewerUsers = await as(
      staff.reviewer,
      `mutation { createUser(input: { email: "x@example.org", name: "X", role: EDITOR, password: "${PASSWORD}" }) { id } }`,
    );
    expect(reviewerUsers.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const created = ok(
      await as(
        staff.admin,
        `mutation { createUser(input: { email: "New.Editor@example.org", name: "New", role: EDITOR, password: "${PASSWORD}" }) { email role active } }`,
      ),
    );
    expect(created.createUser).toEqual({ email: 'new.editor@example.org', role: 'EDITOR', active: true });
    const shortPassword = await as(
      staff.admin,
      `mutation { createUser(input: { email: "y@example.org", name: "Y", role: EDITOR, password: "short" }) { id } }`,
    );
    expect(shortPassword.errors?.[0].message).toMatch(/password must be 12 to 256 characters/);
    const refusals = await app.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'forbidden' AND user_id = $1`, [
      staff.editor.id,
    ]);
    expect(refusals[0].n).toBeGreaterThanOrEqual(1);
  });

  it('deactivation and role changes apply on the next request', async () => {
    const created = ok(
      await as(
        staff.admin,
        `mutation { createUser(input: { email: "temp@example.org", name: "Temp", role: EDITOR, password: "${PASSWORD}" }) { id } }`,
      ),
    ).createUser;
    const token = ok(
      await as(staff.admin, `mutation($u: ID!) { createApiToken(userId: $u, name: "t") { token apiToken { id name } } }`, {
        u: created.id,
      }),
    ).createApiToken;
    const temp: Staff = { id: created.id, email: 'temp@example.org', headers: { authorization: `Bearer ${token.token}` } };
    expect(ok(await as(temp, `{ me { role } }`)).me.role).toBe('EDITOR');
    ok(await as(staff.admin, `mutation($u: ID!) { updateUser(id: $u, input: { role: REVIEWER }) { role } }`, { u: created.id }));
    expect(ok(await as(temp, `{ me { role } }`)).me.role).toBe('REVIEWER');
    ok(await as(staff.admin, `mutation($u: ID!) { updateUser(id: $u, input: { active: false }) { active } }`, { u: created.id }));
    expect(ok(await as(temp, `{ me { role } }`)).me).toBeNull();
    ok(await as(staff.admin, `mutation($u: ID!) { updateUser(id: $u, input: { active: true }) { active } }`, { u: created.id }));
    ok(await as(staff.admin, `mutation($t: ID!) { revokeApiToken(id: $t) { revokedAt } }`, { t: token.apiToken.id }));
    expect(ok(await as(temp, `{ me { role } }`)).me).toBeNull();
  });
});

describe('sign-in', () => {
  it('sets an HttpOnly SameSite=Strict cookie with a fresh id, and logout ends the session', async () => {
    const login = () =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { login(email: "EDITOR@example.org", password: "${PASSWORD}") { email } }` }),
      });
    const first = await login();
    const second = await login();
    const cookie = first.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^nkb_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie.split(';')[0]).not.toBe(second.headers.get('set-cookie')!.split(';')[0]);
    const session = { cookie: cookie.split(';')[0] };
    expect(ok(await app.gql(`{ me { email } }`, {}, session)).me).toEqual({ email: 'editor@example.org' });
    ok(await app.gql(`mutation { logout }`, {}, session));
    expect(ok(await app.gql(`{ me { email } }`, {}, session)).me).toBeNull();
  });

  it('answers a wrong password and an unknown email alike, and logs both', async () => {
    const wrong = await anon(`mutation { login(email: "editor@example.org", password: "not the password") { id } }`);
    const unknown = await anon(`mutation { login(email: "ghost@example.org", password: "not the password") { id } }`);
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Email or password is incorrect', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
    const logged = await app.ds.query(
      `SELECT details->>'email' AS email FROM audit_log WHERE action = 'login' AND NOT success ORDER BY id`,
    );
    expect(logged.map((r: any) => r.email)).toEqual(expect.arrayContaining(['editor@example.org', 'ghost@example.org']));
    const leaked = await app.ds.query(`SELECT count(*)::int AS n FROM audit_log WHERE details::text ILIKE '%not the password%'`);
    expect(leaked[0].n).toBe(0);
  });

  it('throttles an account after 100 failed sign-ins in an hour, even with the right password', async () => {
    await app.ds.query(
      `INSERT INTO audit_log (action, success, details, at) SELECT 'login', false, '{"email":"editor2@example.org"}', now() FROM generate_series(1, 100)`,
    );
    const refused = await anon(`mutation { login(email: "editor2@example.org", password: "${PASSWORD}") { id } }`);
    expect(refused.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
  });
});

describe('audit log', () => {
  it('has a row for every mutation, none for a failed one, and cannot be changed', async () => {
    const quote = await newQuote();
    ok(await as(staff.editor, `mutation($id: ID!) { submitForReview(id: $id) { status } }`, { id: quote.id }));
    await as(staff.editor, `mutation($id: ID!) { updateQuote(id: $id, input: { expectedVersion: 99, deliveryContext: "x" }) { id } }`, {
      id: quote.id,
    });
    await as(staff.editor, `mutation($id: ID!) { approve(id: $id, revision: 1) { status } }`, { id: quote.id });
    ok(await as(staff.reviewer, `mutation($id: ID!) { approve(id: $id, revision: 1) { status } }`, { id: quote.id }));
    const rows = await auditRows(quote.id);
    expect(rows.map((r) => r.action)).toEqual(['create', 'submitForReview', 'approve']);
    expect(rows[2].user_id).toBe(staff.reviewer.id);
    await expect(app.ds.query(`UPDATE audit_log SET action = 'x' WHERE entity_id = $1`, [quote.id])).rejects.toThrow(/append-only/);
    await expect(app.ds.query(`DELETE FROM audit_log WHERE entity_id = $1`, [quote.id])).rejects.toThrow(/append-only/);
    const recent = ok(
      await as(
        staff.reviewer,
        `{ auditLog(filter: { action: "approve" }, first: 1) { edges { node { action entityId user { email } } } } }`,
      ),
    );
    expect(recent.auditLog.edges[0].node).toEqual({ action: 'approve', entityId: quote.id, user: { email: 'reviewer@example.org' } });
  });
});

describe('sessions and tokens', () => {
  it('end after the idle timeout and after the absolute limit', async () => {
    const login = async () => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { login(email: "reviewer@example.org", password: "${PASSWORD}") { email } }` }),
      });
      return { cookie: response.headers.get('set-cookie')!.split(';')[0] };
    };
    const idle = await login();
    expect(ok(await app.gql(`{ me { email } }`, {}, idle)).me).not.toBeNull();
    await app.ds.query(`UPDATE sessions SET last_seen_at = now() - interval '3 hours'`);
    expect(ok(await app.gql(`{ me { email } }`, {}, idle)).me).toBeNull();
    const old = await login();
    await app.ds.query(`UPDATE sessions SET expires_at = now() - interval '1 second'`);
    expect(ok(await app.gql(`{ me { email } }`, {}, old)).me).toBeNull();
  });

  it('stores only hashes of session and API tokens', async () => {
    const created = ok(
      await as(staff.admin, `mutation($u: ID!) { createApiToken(userId: $u, name: "hash check") { token } }`, { u: staff.editor.id }),
    ).createApiToken;
    expect(created.token).toMatch(/^nkb_[\w-]{40,}$/);
    const stored = await app.ds.query(`SELECT token_hash FROM api_tokens WHERE name = 'hash check'`);
    expect(stored[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    const leaked = await app.ds.query(`SELECT count(*)::int AS n FROM api_tokens WHERE token_hash = $1`, [created.token]);
    expect(leaked[0].n).toBe(0);
    const listed = ok(await as(staff.admin, `{ apiTokens { name user { email } } }`));
    expect(listed.apiTokens.find((t: any) => t.name === 'hash check').user.email).toBe('editor@example.org');
  });
});

describe("an issue's quotes, newest first", () => {
  it('follow a quote whose date changes, for staff and, once approved, for everyone', async () => {
    const quote = await newQuote();
    const byIssue = (who?: Staff) =>
      app.gql(
        `query($i: ID!) { quotes(first: 3, filter: { issueId: $i }) { edges { node { id saidOn } } } issue(id: $i) { quotes(first: 3) { id } } }`,
        { i: demo.issueId },
        who?.headers,
      );
    const set = async (saidOn: string, version: number) =>
      ok(
        await as(
          staff.editor,
          `mutation($id: ID!, $v: Int!, $d: LocalDate!) { updateQuote(id: $id, input: { expectedVersion: $v, saidOn: $d }) { version } }`,
          {
            id: quote.id,
            v: version,
            d: saidOn,
          },
        ),
      ).updateQuote.version as number;

    let version = await set('2099-01-01', quote.version);
    let data = ok(await byIssue(staff.editor));
    expect(data.quotes.edges[0].node).toEqual({ id: quote.id, saidOn: '2099-01-01' });
    expect(data.issue.quotes[0].id).toBe(quote.id);
    version = await set('1900-01-01', version);
    data = ok(await byIssue(staff.editor));
    expect(data.quotes.edges.map((e: any) => e.node.id)).not.toContain(quote.id);
    expect((await app.ds.query('SELECT said_on::text AS d FROM quote_issues WHERE quote_id = $1', [quote.id]))[0].d).toBe('1900-01-01');

    version = await set('2099-02-02', version);
    ok(await as(staff.editor, `mutation($id: ID!) { submitForReview(id: $id) { status } }`, { id: quote.id }));
    ok(
      await as(staff.reviewer, `mutation($id: ID!, $v: Int!) { approve(id: $id, revision: $v) { status } }`, { id: quote.id, v: version }),
    );
    data = ok(await byIssue());
    expect(data.quotes.edges[0].node).toEqual({ id: quote.id, saidOn: '2099-02-02' });
    expect(data.issue.quotes[0].id).toBe(quote.id);
  });
});
