import type { EntityManager } from 'typeorm';
import { ActorService } from '../modules/actor/actor.service';
import { ArticleService } from '../modules/article/article.service';
import { IssueService } from '../modules/issue/issue.service';
import { QuoteService } from '../modules/quote/quote.service';
import { SearchService } from '../modules/search/search.service';

/**
 * The services over one EntityManager: the data source's own for the server, a
 * transaction's for work that must land whole (the demo data). Resolvers,
 * scripts and tests all call these.
 */
export function createServices(db: EntityManager) {
  return {
    actors: new ActorService(db),
    articles: new ArticleService(db),
    issues: new IssueService(db),
    quotes: new QuoteService(db),
    search: new SearchService(db),
  };
}

export type Services = ReturnType<typeof createServices>;
