import { describe, expect, it } from '@jest/globals';
import { speakerMatches } from './bench';

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
});
