import { describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { codePointSlice } from '@newsroom/shared';
import { demoMatchers } from './demo-records';
import { extractArticle } from './extractor';
import { parseInput } from './import.parsers';
import { SpeakerResolution } from './import.objects';
import { mentionsToStore, toSuggestions } from './import.service';

const ROOT = path.resolve(__dirname, '../../../..');
const SEED = path.join(ROOT, 'api/fixtures/extraction-dev/articles/seed-000_7b9f7186373ab6fd.txt');

async function seed() {
  const [r] = parseInput('seed.txt', fs.readFileSync(SEED));
  if (!r.ok) throw new Error(r.error.message);
  return { article: r.article, result: await extractArticle(r.article, demoMatchers(ROOT)) };
}

describe('toSuggestions', () => {
  it('resolves speakers to matched actors, new actors or unnamed sources', async () => {
    const { article, result } = await seed();
    const s = toSuggestions(
      { id: 'article-1', body: article.body, publishedOn: article.publishedOn },
      result,
      new Map([[`${result.quotes[0].start}:${result.quotes[0].end}`, 'quote-1']]),
    );
    expect(s.articleId).toBe('article-1');
    expect(s.quotes[0].existingQuoteId).toBe('quote-1');
    expect(s.quotes.slice(1).every((q) => q.existingQuoteId === null)).toBe(true);
    const joint = s.quotes.find((q) => q.coSpeakers.length)!;
    expect(joint.speaker).toMatchObject({ resolution: SpeakerResolution.MATCHED, actorId: 'demo:putin', kind: 'PERSON' });
    expect(joint.coSpeakers).toEqual([
      { name: 'Ilham Aliyev', resolution: SpeakerResolution.MATCHED, actorId: 'demo:aliyev', kind: 'PERSON', mention: null },
    ]);
    for (const a of s.actors) expect(a.isNew).toBe(a.matchedActorId === null);
  });

  it('calls a speaker that is no actor of the article an unnamed source', () => {
    // Constructed: a one-sentence article.
    const body = '"We are looking into it," a company spokeswoman said on Monday.';
    const s = toSuggestions(
      { id: 'a', body, publishedOn: '2024-01-03' },
      {
        title: 't',
        date: '2024-01-01',
        quotes: [
          {
            text: 'We are looking into it',
            start: 1,
            end: 23,
            kind: 'DIRECT' as never,
            speaker: 'a company spokeswoman',
            speakerMention: { start: 26, end: 47, text: 'a company spokeswoman' },
            coSpeakers: [],
            cue: null,
            speakerActorId: null,
            confidence: 0.8,
          },
        ],
        actors: [],
        issues: [],
      },
    );
    expect(s.quotes[0].speaker).toMatchObject({ resolution: SpeakerResolution.UNNAMED, actorId: null, kind: null });
    expect(s.quotes[0].speaker?.mention).toEqual({ startOffset: 26, endOffset: 47, text: 'a company spokeswoman' });
    expect(s.quotes[0]).toMatchObject({ delivery: 'STATEMENT', deliveryCue: 'spokeswoman', saidOn: '2024-01-01', saidOnCue: 'Monday' });
  });

  it("suggests the example article's deliveries and days as the demo records have them", async () => {
    const { article, result } = await seed();
    const s = toSuggestions({ id: 'a', body: article.body, publishedOn: article.publishedOn }, result);
    const direct = s.quotes.filter((q) => q.kind === 'DIRECT').map((q) => [q.text.slice(0, 20), q.delivery, q.saidOn]);
    expect(direct).toEqual([
      ['the situation in Sou', 'READOUT', '2024-08-28'],
      ['contribute to the de', 'READOUT', '2024-08-28'],
      ['Despite positive ste', 'PRESS_CONFERENCE', '2024-08-27'],
    ]);
  });
});

describe('mentionsToStore', () => {
  it('keeps only matched actors, once per span, in order, at offsets that hold their text', async () => {
    const { article, result } = await seed();
    const mentions = mentionsToStore(result);
    expect(mentions.length).toBeGreaterThan(10);
    const keys = mentions.map((m) => `${m.startOffset}:${m.endOffset}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...mentions].sort((a, b) => a.startOffset - b.startOffset)).toEqual(mentions);
    for (const m of mentions) {
      expect(m.actorId.startsWith('demo:')).toBe(true);
      expect(codePointSlice(article.body, m.startOffset, m.endOffset)).toBe(m.text);
    }
  });
});
