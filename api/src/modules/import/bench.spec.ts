import { describe, expect, it } from '@jest/globals';
import { scoreDirectQuotes, speakerMatches } from './bench';

describe('bench speaker matching', () => {
  it('accepts the gold name, an alternative, or the last words of the gold person’s name', () => {
    const gold = { text: 'x', speaker: 'Chief Justice Helen Bowskill', alternatives: ['the court'] };
    expect(speakerMatches('Chief Justice Helen Bowskill', gold)).toBe(true);
    expect(speakerMatches('Bowskill', gold)).toBe(true);
    expect(speakerMatches('Helen Bowskill', gold)).toBe(true);
    expect(speakerMatches('The court', gold)).toBe(true);
  });

  it('refuses another person, a part of a word, or nothing', () => {
    const gold = { text: 'x', speaker: 'Jean-Claude Juncker' };
    expect(speakerMatches('Claude Juncker', gold)).toBe(false);
    expect(speakerMatches('Theresa May', gold)).toBe(false);
    expect(speakerMatches(null, gold)).toBe(false);
  });

  it('a quote whose words occur twice, skipped by the annotator, is neither credited nor an extra', () => {
    const body = 'He called it “over”. “It is over,” she said, and “over” again.';
    const system = [
      { start: 14, end: 18, text: 'over', speaker: 'he' },
      { start: 22, end: 32, text: 'It is over', speaker: 'she' },
    ];
    const gold = { file: 'a.txt', quotes: [{ text: 'It is over', speaker: 'she' }] };
    expect(scoreDirectQuotes([{ file: 'a.txt', gold, system, body }]).exact.precision).toBe(0.5);
    const withSkipped = { ...gold, skipped: ['over'] };
    const scores = scoreDirectQuotes([{ file: 'a.txt', gold: withSkipped, system, body }]);
    expect(scores.exact).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});
