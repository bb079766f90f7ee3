import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { ActorKind } from '@newsroom/shared';
import { demoMatchers } from './demo-records';
import { InMemoryActorMatcher } from './matchers';
import { similarity } from './trigram';

const ROOT = path.resolve(__dirname, '../../../..');

describe('in-memory matchers over the demo fixture', () => {
  const { actorMatcher, issueMatcher } = demoMatchers(ROOT);

  it('matches recorded misspellings, aliases and names', async () => {
    expect(await actorMatcher.match('Vladmir Putin', ActorKind.PERSON)).toMatchObject({
      actorId: 'demo:putin',
      name: 'Vladimir Putin',
      via: 'misspelling',
    });
    expect(await actorMatcher.match('Jeyhum Bayramov', ActorKind.PERSON)).toMatchObject({
      actorId: 'demo:bayramov',
      name: 'Jeyhun Bayramov',
      via: 'misspelling',
    });
    expect(await actorMatcher.match('Putin')).toMatchObject({ actorId: 'demo:putin', via: 'alias' });
    expect(await actorMatcher.match('Kremlin')).toMatchObject({ actorId: 'demo:kremlin', via: 'name' });
    expect(await actorMatcher.match('Korea Times')).toMatchObject({ actorId: 'demo:koreatimes', via: 'name' });
    expect(await actorMatcher.match('Ilham Aliyev')).toMatchObject({ actorId: 'demo:aliyev', via: 'name' });
  });

  it('matches an unrecorded misspelling by trigram similarity and flags it for recording', async () => {
    const bare = new InMemoryActorMatcher([{ id: 'p', kind: ActorKind.PERSON, name: 'Vladimir Putin', aliases: [], misspellings: [] }]);
    expect(await bare.match('Vladmir Putin', ActorKind.PERSON)).toMatchObject({
      actorId: 'p',
      via: 'trigram',
      spellingToRecord: 'Vladmir Putin',
    });
    expect(await bare.match('Putin', ActorKind.PERSON)).toMatchObject({ actorId: 'p', spellingToRecord: null });
    expect(await bare.match('Vladimir Putin', ActorKind.COUNTRY)).toBeNull();
    expect(await bare.match('Hakan Fidan', ActorKind.PERSON)).toBeNull();
  });

  it('trigram similarity behaves like pg_trgm', () => {
    expect(similarity('word', 'word')).toBe(1);
    expect(similarity('Vladmir Putin', 'Vladimir Putin')).toBeGreaterThan(0.6);
    expect(similarity('abc', 'xyz')).toBe(0);
  });

  it('ranks issues by title, aliases and description', async () => {
    const ranked = await issueMatcher.rank('Border delimitation and demarcation talks resumed between the two sides.');
    expect(ranked[0]).toMatchObject({ id: 'demo:border', confidence: 1 });
    expect(await issueMatcher.rank('A football match in Madrid.')).toEqual([]);
  });
});
