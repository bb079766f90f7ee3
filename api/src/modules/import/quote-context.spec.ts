import { describe, expect, it } from '@jest/globals';
import { codePointLength } from '@newsroom/shared';
import { quoteContext } from './quote-context';

/** Constructed passages (invented people and events), not article text. */
function around(body: string, quote: string, publishedOn = '2024-05-15') {
  const i = body.indexOf(quote);
  const start = codePointLength(body.slice(0, i));
  return quoteContext(body, start, start + codePointLength(quote), publishedOn);
}

describe('quoteContext', () => {
  it.each([
    ['"We will build the bridge," Ana Lopez told reporters on Monday.', 'PRESS_CONFERENCE', '2024-05-13'],
    ['Ana Lopez said in an interview yesterday: "We will build the bridge."', 'INTERVIEW', '2024-05-14'],
    ['"We will build the bridge," Ana Lopez wrote on X.', 'SOCIAL_MEDIA', '2024-05-15'],
    ['"We will build the bridge," the ministry said in a statement on 2 May.', 'STATEMENT', '2024-05-02'],
    ['According to the readout of the phone call, the leaders agreed to "build the bridge together".', 'READOUT', '2024-05-15'],
    ['"We will build the bridge," Ana Lopez said on Friday, according to local media reports.', 'MEDIA_REPORT', '2024-05-10'],
    ['"We will build the bridge," Ana Lopez said.', 'STATEMENT', '2024-05-15'],
  ])('%s', (body, delivery, saidOn) => {
    const quote = body.match(/["“]([^"”]+)["”]/)![1];
    expect(around(body, quote)).toMatchObject({ delivery, saidOn });
  });

  it('ignores the words inside the quote, and reads the paragraph before when its own says nothing', () => {
    const body = 'During a visit to the port on Tuesday, Ana Lopez spoke to the press.\n\n"My interview on Sunday went well," she said.';
    expect(around(body, 'My interview on Sunday went well,')).toMatchObject({
      delivery: 'STATEMENT',
      saidOn: '2024-05-14',
      saidOnCue: 'Tuesday',
    });
  });

  it('takes last year for a day that would be after the article, and never a future date', () => {
    expect(around('"It is done," she said on 28 December.', 'It is done,', '2024-01-02').saidOn).toBe('2023-12-28');
    expect(around('"It is done," she said on December 28, 2030.', 'It is done,', '2024-01-02').saidOn).toBe('2024-01-02');
    expect(around('"It is done," she said on 31 February.', 'It is done,', '2024-03-02').saidOnCue).toBeNull();
  });

  it('counts offsets in code points', () => {
    const body = '🎉 "We will build the bridge," Ana Lopez said on Monday.';
    expect(around(body, 'We will build the bridge,')).toMatchObject({ saidOn: '2024-05-13' });
  });
});
