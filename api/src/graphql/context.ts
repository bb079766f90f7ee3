import type { DataSource } from 'typeorm';
import { actorLoaders } from '../modules/actor/actor.loaders';
import { articleLoaders } from '../modules/article/article.loaders';
import { issueLoaders } from '../modules/issue/issue.loaders';
import { quoteLoaders } from '../modules/quote/quote.loaders';
import { Services } from './services';

export function createLoaders(ds: DataSource) {
  return {
    ...actorLoaders(ds),
    ...articleLoaders(ds),
    ...issueLoaders(ds),
    ...quoteLoaders(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Built per request: DataLoaders never share a cache between requests. */
export interface Context {
  requestId: string;
  services: Services;
  loaders: Loaders;
}
