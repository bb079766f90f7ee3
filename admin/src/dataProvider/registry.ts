import type { ResourceDefinition } from './resource';
import { auditData } from '../audit/audit.data';
import { reviewData } from '../review/review.data';
import { userData } from '../resources/users/users.data';
import { actorData } from '../resources/actors/actors.data';
import { articleData } from '../resources/articles/articles.data';
import { issueData } from '../resources/issues/issues.data';
import { outletData } from '../resources/outlets/outlets.data';
import { quoteData } from '../resources/quotes/quotes.data';
import { factCheckData } from '../resources/factChecks/factChecks.data';

export const resources: Record<string, ResourceDefinition> = {
  articles: articleData,
  actors: actorData,
  quotes: quoteData,
  factChecks: factCheckData,
  issues: issueData,
  outlets: outletData,
  users: userData,
  review: reviewData,
  audit: auditData,
};
