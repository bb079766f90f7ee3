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

export function createLoaders(ds: DataSource, audience: Audience) {
  return {
    ...actorLoaders(ds, audience),
    ...articleLoaders(ds, audience),
    ...issueLoaders(ds, audience),
    ...quoteLoaders(ds, audience),
    ...factCheckLoaders(ds, audience),
    ...reviewLoaders(ds),
  };
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
