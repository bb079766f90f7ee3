import { CuratedType } from '@newsroom/shared';
import type { EntityManager } from 'typeorm';
import { AuthService, type SessionPolicy } from '../auth/auth.service';
import { ActorCurationService } from '../modules/actor/actor-curation.service';
import { ActorService } from '../modules/actor/actor.service';
import { ArticleService } from '../modules/article/article.service';
import { FactCheckService } from '../modules/fact-check/fact-check.service';
import { IssueService } from '../modules/issue/issue.service';
import { QuoteService } from '../modules/quote/quote.service';
import { ReviewService } from '../modules/review/review.service';
import { SearchService } from '../modules/search/search.service';
import { UserService } from '../modules/user/user.service';

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 120, absoluteHours: 12 };

/**
 * The services over one EntityManager: the data source's own for the server, a
 * transaction's for work that must land whole (the demo data). Resolvers,
 * scripts and tests all call these.
 */
export function createServices(db: EntityManager, sessions: SessionPolicy = DEFAULT_SESSION_POLICY) {
  const review = new ReviewService(db);
  const services = {
    dataSource: db,
    review,
    actors: new ActorService(db, review),
    articles: new ArticleService(db, review),
    issues: new IssueService(db, review),
    quotes: new QuoteService(db, review),
    factChecks: new FactCheckService(db, review),
    actorCuration: new ActorCurationService(db, review),
    search: new SearchService(db),
    users: new UserService(db),
    auth: new AuthService(db, sessions),
  };
  review.register(CuratedType.ACTOR, services.actors);
  review.register(CuratedType.ARTICLE, services.articles);
  review.register(CuratedType.ISSUE, services.issues);
  review.register(CuratedType.QUOTE, services.quotes);
  review.register(CuratedType.FACT_CHECK, services.factChecks);
  return services;
}

export type Services = ReturnType<typeof createServices>;
