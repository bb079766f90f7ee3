import fs from 'node:fs';
import path from 'node:path';
import { codePointSlice } from '@newsroom/shared';
import { loadDemo } from '../../api/src/seed/demo';
import { ok, startTestApp, type TestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: true });
});
afterAll(() => app?.close());

describe('the demo data', () => {
  it('holds the example article verbatim, with the date and title of its first line', async () => {
    const raw = fs.readFileSync(path.join(__dirname, '../../api/fixtures/demo.json'), 'utf8');
    const fixture = JSON.parse(raw);
    const data = ok(await app.gql(`{ articles { totalCount edges { node { title publishedOn body language } } } }`));
    expect(data.articles.totalCount).toBe(1);
    const article = data.articles.edges[0].node;
    expect(article.title).toBe('Putin Calls Aliyev to Discuss Armenia-Azerbaijan Peace Process');
    expect(article.publishedOn).toBe('2024-08-28');
    expect(article.body).toBe(fixture.article.body);
    expect(article.body.startsWith('President Vladmir Putin of Russia called')).toBe(true);
  });

  it('finds Vladimir Putin by his recorded misspelling, as the README promises', async () => {
    const data = ok(
      await app.gql(`{ actors(filter: { search: "Vladmir" }) { edges { node { name misspellings aliases wikidataQid } } } }`),
    );
    expect(data.actors.edges.map((e: any) => e.node.name)).toEqual(['Vladimir Putin']);
    expect(data.actors.edges[0].node.misspellings).toEqual(['Vladmir Putin']);
    expect(data.actors.edges[0].node.aliases).not.toContain('Vladmir Putin');
  });

  it('records "Jeyhum" as a misspelling of Jeyhun Bayramov, Foreign Minister of Azerbaijan', async () => {
    const data = ok(
      await app.gql(
        `{ actors(filter: { search: "Jeyhum Bayramov" }) { edges { node { name misspellings roles { title startedOn organization { name } } } } } }`,
      ),
    );
    const bayramov = data.actors.edges[0].node;
    expect(bayramov.name).toBe('Jeyhun Bayramov');
    expect(bayramov.misspellings).toEqual(['Jeyhum Bayramov']);
    expect(bayramov.roles).toEqual([{ title: 'Foreign Minister', startedOn: '2020-07-16', organization: { name: 'Azerbaijan' } }]);
  });

  it('has the three direct quotes at exact offsets, with their speakers and deliveries', async () => {
    const data = ok(
      await app.gql(
        `{ articles { edges { node { body quotes { text kind startOffset endOffset delivery deliveryContext speaker { name } coSpeakers { name } } } } } }`,
      ),
    );
    const { body, quotes } = data.articles.edges[0].node;
    for (const q of quotes) expect(codePointSlice(body, q.startOffset, q.endOffset)).toBe(q.text);
    const direct = quotes.filter((q: any) => q.kind === 'DIRECT');
    expect(direct.map((q: any) => [q.speaker.name, q.coSpeakers.map((c: any) => c.name), q.delivery, q.text.slice(0, 25)])).toEqual([
      ['the Kremlin', [], 'READOUT', 'the situation in South Ca'],
      ['Vladimir Putin', ['Ilham Aliyev'], 'READOUT', 'contribute to the deepeni'],
      ['Jeyhun Bayramov', [], 'PRESS_CONFERENCE', 'Despite positive steps in'],
    ]);
    expect(quotes.filter((q: any) => q.kind === 'PARAPHRASE').length).toBeGreaterThanOrEqual(2);
    expect(quotes.find((q: any) => q.speaker.name === 'Elchin Amirbayov').deliveryContext).toMatch(/Korea Times/);
  });

  it('has the issue tree under the peace process', async () => {
    const data = ok(await app.gql(`{ issueBySlug(slug: "armenia-azerbaijan-peace-process") { title parent { id } children { slug } } }`));
    expect(data.issueBySlug.parent).toBeNull();
    expect(data.issueBySlug.children.map((c: any) => c.slug).sort()).toEqual([
      'armenia-constitution-territorial-claims',
      'border-delimitation-and-demarcation',
      'peace-treaty-draft',
      'role-of-third-countries',
      'unblocking-of-transport-connections',
    ]);
  });

  it('keeps every mention at its offsets, misspellings as written', async () => {
    const data = ok(await app.gql(`{ articles { edges { node { body mentions { text startOffset endOffset actor { name } } } } } }`));
    const { body, mentions } = data.articles.edges[0].node;
    for (const m of mentions) expect(codePointSlice(body, m.startOffset, m.endOffset)).toBe(m.text);
    expect(mentions.find((m: any) => m.text === 'Vladmir Putin').actor.name).toBe('Vladimir Putin');
    expect(mentions.find((m: any) => m.text === 'Jeyhum Bayramov').actor.name).toBe('Jeyhun Bayramov');
    expect(mentions.find((m: any) => m.text === 'Korea Times').actor.name).toBe('The Korea Times');
  });

  it('loads only once', async () => {
    expect((await loadDemo(app.ds)).loaded).toBe(false);
    expect(ok(await app.gql(`{ actors { totalCount } }`)).actors.totalCount).toBe(11);
  });
});
