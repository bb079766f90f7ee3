import type { ArticleFilter, ArticleDetailFragment, ArticleListItemFragment, UpdateArticleInput } from '../../gql/graphql';
import {
  ArticleCreateDocument,
  ArticleCursorDocument,
  ArticleDeleteDocument,
  ArticleListDocument,
  ArticleOneDocument,
  ArticleUpdateDocument,
} from '../../gql/graphql';
import { fromConnection, fromCursorPage, operation } from '../../dataProvider/operation';
import {
  changedOnly,
  orderField,
  text,
  textOrNull,
  type ListRequest,
  type ResourceDefinition,
  reviewStatus,
  versionOf,
  ids,
} from '../../dataProvider/resource';

export type ArticleRecord = ArticleDetailFragment & { outletId: string | null };

const filter = (f: Record<string, unknown>): ArticleFilter => ({
  ids: f.ids === undefined ? undefined : ids(f.ids),
  status: reviewStatus(f.status),
  search: text(f.q),
  outletId: text(f.outletId),
  actorId: text(f.actorId),
  issueId: text(f.issueId),
  publishedFrom: text(f.publishedFrom),
  publishedTo: text(f.publishedTo),
});

const variables = (r: ListRequest) => ({
  first: r.first,
  after: r.after,
  filter: filter(r.filter),
  orderBy: orderField(r.sort, { publishedOn: 'PUBLISHED_ON', title: 'TITLE', createdAt: 'CREATED_AT' } as const),
});

const toListRecord = (a: ArticleListItemFragment) => ({ ...a, outletId: a.outlet?.id ?? null });
const toRecord = (a: ArticleDetailFragment): ArticleRecord => ({ ...a, outletId: a.outlet?.id ?? null });

function input(d: Record<string, unknown>): Omit<UpdateArticleInput, 'expectedVersion'> {
  return {
    title: text(d.title),
    publishedOn: text(d.publishedOn),
    url: textOrNull(d.url),
    language: text(d.language),
    outletId: text(d.outletId),
    body: typeof d.body === 'string' ? d.body : undefined,
  };
}

export const articleData: ResourceDefinition = {
  paged: true,
  idsFilter: true,
  list: (r) => operation(ArticleListDocument, variables(r), (d) => fromConnection(d.articles, toListRecord)),
  cursor: (r) => operation(ArticleCursorDocument, variables(r), (d) => fromCursorPage(d.articles)),
  one: (id) =>
    operation(ArticleOneDocument, { id }, (d) => {
      if (!d.article) throw new Error(`No article with id ${id}`);
      return { data: toRecord(d.article) };
    }),
  create: (d) =>
    operation(
      ArticleCreateDocument,
      {
        input: {
          title: text(d.title) ?? '',
          publishedOn: text(d.publishedOn) ?? '',
          body: typeof d.body === 'string' ? d.body : '',
          language: text(d.language) ?? 'en',
          url: text(d.url),
          outletId: text(d.outletId),
          outletName: text(d.outletId) ? undefined : text(d.outletName),
        },
      },
      (r) => ({ data: toRecord(r.createArticle) }),
    ),
  update: (id, d, previous) =>
    operation(
      ArticleUpdateDocument,
      { id, input: { ...changedOnly(input(d), input(previous)), expectedVersion: versionOf(previous) } },
      (r) => ({
        data: toRecord(r.updateArticle),
      }),
    ),
  delete: (id, previous) =>
    operation(ArticleDeleteDocument, { id, expectedVersion: previous ? versionOf(previous) : undefined }, (r) => ({
      data: { id: r.deleteArticle },
    })),
};
