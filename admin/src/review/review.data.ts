import type { CuratedType, ReviewItemFieldsFragment, ReviewQueueFilter } from '../gql/graphql';
import { ReviewQueueCursorDocument, ReviewQueueDocument } from '../gql/graphql';
import { fromConnection, fromCursorPage, operation } from '../dataProvider/operation';
import { bool, type ListRequest, type ResourceDefinition } from '../dataProvider/resource';

const TYPES: readonly string[] = ['ARTICLE', 'ACTOR', 'QUOTE', 'ISSUE', 'FACT_CHECK'] satisfies CuratedType[];

const filter = (f: Record<string, unknown>): ReviewQueueFilter => ({
  type: typeof f.type === 'string' && TYPES.includes(f.type) ? (f.type as CuratedType) : undefined,
  assignedToMe: bool(f.assignedToMe) || undefined,
});

// The queue has one order, oldest submission first: sorting is not offered.
const variables = (r: ListRequest) => ({ first: r.first, after: r.after, filter: filter(r.filter) });

export type ReviewItemRecord = ReviewItemFieldsFragment;

/** Where a review item's record lives in the console (a fact-check's screen forwards to its quote). */
export const resourceOfType: Partial<Record<CuratedType, string>> = {
  ARTICLE: 'articles',
  ACTOR: 'actors',
  QUOTE: 'quotes',
  ISSUE: 'issues',
  FACT_CHECK: 'factChecks',
};

export const pathOf = (type: CuratedType, id: string): string | undefined =>
  resourceOfType[type] ? `/${resourceOfType[type]}/${id}/show` : undefined;

/** A queue item's screen: a fact-check is edited and approved on its quote's screen. */
export function itemPath(item: ReviewItemFieldsFragment): string | undefined {
  if ('quote' in item.node && item.node.quote) return `/quotes/${item.node.quote.id}/show`;
  return pathOf(item.type, item.id);
}

export const reviewData: ResourceDefinition = {
  paged: true,
  list: (r) => operation(ReviewQueueDocument, variables(r), (d) => fromConnection(d.reviewQueue, (item) => item)),
  cursor: (r) => operation(ReviewQueueCursorDocument, variables(r), (d) => fromCursorPage(d.reviewQueue)),
};
