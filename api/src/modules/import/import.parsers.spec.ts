import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { LIMITS } from '@newsroom/shared';
import { parseInput, parseJson, parseNdjson, parsePlainText } from './import.parsers';

const ROOT = path.resolve(__dirname, '../../../..');
const SEED = path.join(ROOT, 'api/fixtures/extraction-dev/articles/seed-000_7b9f7186373ab6fd.txt');
const demo = JSON.parse(fs.readFileSync(path.join(ROOT, 'api/fixtures/demo.json'), 'utf8'));

const bytes = (s: string) => Buffer.from(s, 'utf8');

describe('import parsers', () => {
  it('reads the example format into exactly the stored body of the demo fixture', () => {
    const [r] = parseInput('seed.txt', fs.readFileSync(SEED));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.title).toBe(demo.article.title);
    expect(r.article.publishedOn).toBe('2024-08-28');
    expect(r.article.body).toBe(demo.article.body);
  });

  it('normalises CRLF and Unicode form like normaliseBody', () => {
    const [r] = parseInput('a.txt', bytes(' date 2024-01-02 Café\r\n\r\nCafe\u0301 said “yes”.\r\n'));
    expect(r.ok && r.article.body).toBe('Café said “yes”.');
  });

  it('fails clearly per item', () => {
    const code = (results: ReturnType<typeof parseInput>) => results.map((r) => (r.ok ? 'ok' : r.error.code));
    expect(code(parseInput('empty.txt', bytes('')))).toEqual(['EMPTY']);
    expect(code(parseInput('blank.txt', bytes('  \n\n ')))).toEqual(['EMPTY']);
    expect(code(parseInput('nodate.txt', bytes('Just a title\n\nBody text.')))).toEqual(['MISSING_DATE_LINE']);
    expect(code(parseInput('baddate.txt', bytes(' date 2024-02-30 Title\n\nBody.')))).toEqual(['INVALID_DATE']);
    expect(code(parseInput('bin.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])))).toEqual(['BINARY']);
    expect(code(parseInput('latin1.txt', Buffer.from([0x20, 0x64, 0xe9, 0xe9, 0xff])))).toEqual(['BINARY']);
    expect(code(parseInput('nobody.txt', bytes(' date 2024-01-01 Title\n\n')))).toEqual(['EMPTY']);
    const big = ` date 2024-01-01 Big\n\n${'x'.repeat(LIMITS.bodyMax + 1)}`;
    expect(code(parseInput('big.txt', bytes(big)))).toEqual(['TOO_LARGE']);
  });

  it('reads plain text with the title and date given separately', () => {
    const r = parsePlainText('\n  Body here.\n', { title: ' T ', publishedOn: '2024-03-04T10:00:00Z' }, 'p.txt');
    expect(r.ok && r.article).toMatchObject({ title: 'T', publishedOn: '2024-03-04', body: 'Body here.' });
    const [viaInput] = parseInput('p.txt', bytes('Body here.'), { title: 'T', publishedOn: '2024-03-04' });
    expect(viaInput.ok).toBe(true);
  });

  it('reads JSON objects and arrays, and names the line of invalid JSON', () => {
    const one = {
      title: 'A',
      publishedAt: '2024-05-06T08:00:00+02:00',
      outlet: 'X',
      url: 'https://example.org/a',
      language: 'en',
      body: 'Text.',
    };
    const [r] = parseJson(JSON.stringify(one), 'a.json');
    expect(r.ok && r.article).toMatchObject({ title: 'A', publishedOn: '2024-05-06', outlet: 'X', body: 'Text.' });
    const arr = parseJson(JSON.stringify([one, { ...one, body: '' }]), 'b.json');
    expect(arr.map((x) => (x.ok ? 'ok' : `${x.error.source}:${x.error.code}`))).toEqual(['ok', 'b.json#1:EMPTY']);
    const [bad] = parseJson('{\n  "title": "A",\n  "body": oops\n}', 'c.json');
    expect(!bad.ok && bad.error.message).toMatch(/line 3/);
  });

  it('reads NDJSON line by line; a bad line fails alone with its number', () => {
    const good = JSON.stringify({ title: 'A', publishedAt: '2024-05-06', body: 'Text.' });
    const results = parseNdjson(`${good}\n\n{"title": "B", oops}\n${JSON.stringify({ title: 'C', body: 'x' })}\n${good}`, 'd.ndjson');
    expect(results.map((x) => (x.ok ? 'ok' : x.error.message))).toEqual([
      'ok',
      expect.stringMatching(/^d\.ndjson:3: invalid JSON on line 3/),
      expect.stringMatching(/publishedAt" is missing/),
      'ok',
    ]);
  });
});
