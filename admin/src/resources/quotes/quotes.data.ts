import type { Delivery, QuoteDetailFragment, QuoteFilter, QuoteKind, QuoteListItemFragment, UpdateQuoteInput } from '../../gql/graphql';
import {
  QuoteCreateDocument,
  QuoteCursorDocument,
  QuoteDeleteDocument,
  QuoteListDocument,
  QuoteOneDocument,
  QuoteUpdateDocument,
} from '../../gql/graphql';
import { fromConnection, fromCursorPage, operation } from '../../dataProvider/operation';
import {
  bool,
  changedOnly,
  ids,
  orderField,
  text,
  textOrNull,
  type ListRequest,
  type ResourceDefinition,
  reviewStatus,
  versionOf,
} from '../../dataProvider/resource';

export type QuoteRecord = QuoteDetailFragment & {
  speakerId: string;
  articleId: string;
  coSpeakerIds: string[];
  issueIds: string[];
};

const filter = (f: Record<string, unknown>): QuoteFilter => ({
  status: reviewStatus(f.status),
  search: text(f.q),
  speakerId: text(f.speakerId),
  articleId: text(f.articleId),
  issueId: text(f.issueId),
  includeSubIssues: text(f.issueId) ? bool(f.includeSubIssues) : undefined,
  kind: text(f.kind) as QuoteKind | undefined,
  delivery: text(f.delivery) as Delivery | undefined,
  saidFrom: text(f.saidFrom),
  saidTo: text(f.saidTo),
  hasFactCheck: bool(f.hasFactCheck),
  ids: f.ids === undefined ? undefined : ids(f.ids),
});

const variables = (r: ListRequest) => ({
  first: r.first,
  after: r.after,
  filter: filter(r.filter),
  orderBy: orderField(r.sort, { saidOn: 'SAID_ON', createdAt: 'CREATED_AT' } as const),
});

const toListRecord = (q: QuoteListItemFragment) => ({ ...q, speakerId: q.speaker.id, articleId: q.article.id });
const toRecord = (q: QuoteDetailFragment): QuoteRecord => ({
  ...q,
  speakerId: q.speaker.id,
  articleId: q.article.id,
  coSpeakerIds: q.coSpeakers.map((a) => a.id),
  issueIds: q.issues.map((i) => i.id),
});

const int = (value: unknown): number | undefined => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
};

function input(d: Record<string, unknown>): Omit<UpdateQuoteInput, 'expectedVersion'> {
  return {
    articleId: text(d.articleId),
    speakerId: text(d.speakerId),
    coSpeakerIds: ids(d.coSpeakerIds),
    issueIds: ids(d.issueIds),
    // The quote text is verbatim: never trimmed, it must equal the body between the offsets.
    text: typeof d.text === 'string' ? d.text : undefined,
    startOffset: int(d.startOffset),
    endOffset: int(d.endOffset),
    kind: text(d.kind) as QuoteKind | undefined,
    delivery: text(d.delivery) as Delivery | undefined,
    deliveryContext: textOrNull(d.deliveryContext),
    saidOn: text(d.saidOn),
  };
}

export const quoteData: ResourceDefinition = {
  paged: true,
  idsFilter: true,
  list: (r) => operation(QuoteListDocument, variables(r), (d) => fromConnection(d.quotes, toListRecord)),
  cursor: (r) => operation(QuoteCursorDocument, variables(r), (d) => fromCursorPage(d.quotes)),
  one: (id) =>
    operation(QuoteOneDocument, { id }, (d) => {
      if (!d.quote) throw new Error(`No quote with id ${id}`);
      return { data: toRecord(d.quote) };
    }),
  create: (d) => {
    const i = input(d);
    return operation(
      QuoteCreateDocument,
      {
        input: {
          articleId: i.articleId ?? '',
          speakerId: i.speakerId ?? '',
          coSpeakerIds: i.coSpeakerIds,
          issueIds: i.issueIds,
          text: i.text ?? '',
          startOffset: i.startOffset ?? 0,
          endOffset: i.endOffset ?? 0,
          kind: i.kind ?? 'DIRECT',
          delivery: i.delivery ?? 'STATEMENT',
          deliveryContext: i.deliveryContext,
          saidOn: i.saidOn,
        },
      },
      (r) => ({ data: toRecord(r.createQuote) }),
    );
  },
  update: (id, d, previous) =>
    operation(
      QuoteUpdateDocument,
      {
        id,
        input: {
          ...changedOnly(input(d), input(previous)),
          // Only with the editor's consent, after an edit was refused for breaking a DIRECT quote's verbatim match.
          convertToParaphrase: d.convertToParaphrase === true ? true : undefined,
          expectedVersion: versionOf(previous),
        },
      },
      (r) => ({ data: toRecord(r.updateQuote) }),
    ),
  delete: (id, previous) =>
    operation(QuoteDeleteDocument, { id, expectedVersion: previous ? versionOf(previous) : undefined }, (r) => ({
      data: { id: r.deleteQuote },
    })),
};
