import fs from 'node:fs';
import path from 'node:path';
import type { ActorKind } from '@newsroom/shared';
import { InMemoryActorMatcher, InMemoryIssueMatcher, type ActorRecord, type IssueRecord } from './matchers';

interface DemoFile {
  actors: { key: string; kind: ActorKind; name: string; aliases: string[]; misspellings: string[] }[];
  issues: { key: string; title: string; aliases: string[]; description: string | null }[];
}

/** Actors and issues of the demo fixture (api/fixtures/demo.json), with ids "demo:<key>", for matching without a database. */
export function loadDemoRecords(file: string): { actors: ActorRecord[]; issues: IssueRecord[] } {
  const demo = JSON.parse(fs.readFileSync(file, 'utf8')) as DemoFile;
  return {
    actors: demo.actors.map((a) => ({ id: `demo:${a.key}`, kind: a.kind, name: a.name, aliases: a.aliases, misspellings: a.misspellings })),
    issues: demo.issues.map((i) => ({ id: `demo:${i.key}`, title: i.title, aliases: i.aliases, description: i.description })),
  };
}

export function demoMatchers(projectRoot: string): {
  actorMatcher: InMemoryActorMatcher;
  issueMatcher: InMemoryIssueMatcher;
  file: string;
} {
  const file = path.join(projectRoot, 'api', 'fixtures', 'demo.json');
  const { actors, issues } = loadDemoRecords(file);
  return { actorMatcher: new InMemoryActorMatcher(actors), issueMatcher: new InMemoryIssueMatcher(issues), file };
}
