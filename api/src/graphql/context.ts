import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { audienceOf, type Audience, type Viewer } from '../auth/viewer';
import { actorLoaders } from '../modules/actor/actor.loaders';
import { articleLoaders } from '../modules/article/article.loaders';
import { factCheckLoaders } from '../modules/fact-check/fact-check.loaders';
import { issueLoaders } from '../modules/issue/issue.loaders';
import { quoteLoaders } from '../modules/quote/quote.loaders';
import { reviewLoaders } from '../modules/review/review.loaders';
import { readerFor, type Reader } from './read/compile';
import type { Services } from './services';

const FACTORIES = [
  actorLoaders,
  articleLoaders,
  issueLoaders,
  quoteLoaders,
  factCheckLoaders,
  (ds: DataSource) => reviewLoaders(ds),
] as const;
const KEYS = new Map<unknown, string[]>();

type LoaderSet = ReturnType<typeof actorLoaders> &
  ReturnType<typeof articleLoaders> &
  ReturnType<typeof issueLoaders> &
  ReturnType<typeof quoteLoaders> &
  ReturnType<typeof factCheckLoaders> &
  ReturnType<typeof reviewLoaders>;

/** A request's DataLoaders, each module's built only when one of them is first used (most reads need none). */
export function createLoaders(ds: DataSource, audience: Audience): LoaderSet {
  const loaders = {} as Record<string, unknown>;
  for (const factory of FACTORIES) {
    const keys = KEYS.get(factory);
    if (!keys) {
      const built = factory(ds, audience);
      KEYS.set(factory, Object.keys(built));
      Object.assign(loaders, built);
      continue;
    }
    let built: Record<string, unknown> | undefined;
    for (const key of keys) {
      Object.defineProperty(loaders, key, {
        enumerable: true,
        get: () => (built ??= factory(ds, audience) as Record<string, unknown>)[key],
      });
    }
  }
  return loaders as LoaderSet;
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The by-id loader of a curated record type, by its GraphQL type name. */
export function nodeLoader(loaders: Loaders, typeName: 'Actor' | 'Article' | 'Issue' | 'Quote' | 'FactCheck') {
  return {
    Actor: loaders.actorById,
    Article: loaders.articleById,
    Issue: loaders.issueById,
    Quote: loaders.quoteById,
    FactCheck: loaders.factCheckById,
  }[typeName];
}

/** Built per request: DataLoaders never share a cache between requests, and the viewer is resolved afresh. */
export interface Context {
  viewer: Viewer;
  services: Services;
  loaders: Loaders;
  req: Request;
  res: Response;
  /** Compiled reads: a root list or lookup with its requested relations in one SQL statement. */
  read: Reader;
  /** The session cookie's token, for logout. */
  sessionToken?: string;
}

export function buildContext(
  ds: DataSource,
  services: Services,
  viewer: Viewer,
  req: Request,
  res: Response,
  sessionToken?: string,
): Context {
  return { viewer, services, loaders: createLoaders(ds, audienceOf(viewer)), read: readerFor(ds, viewer), req, res, sessionToken };
}
