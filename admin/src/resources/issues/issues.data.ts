import type { IssueDetailFragment, IssueFilter, IssueListItemFragment, UpdateIssueInput } from '../../gql/graphql';
import {
  IssueCreateDocument,
  IssueCursorDocument,
  IssueDeleteDocument,
  IssueListDocument,
  IssueOneDocument,
  IssueUpdateDocument,
} from '../../gql/graphql';
import { fromConnection, fromCursorPage, operation } from '../../dataProvider/operation';
import {
  bool,
  changedOnly,
  ids,
  orderField,
  strings,
  text,
  textOrNull,
  type ListRequest,
  type ResourceDefinition,
  reviewStatus,
  versionOf,
} from '../../dataProvider/resource';

export type IssueRecord = IssueDetailFragment & { parentId: string | null; actorIds: string[] };

const filter = (f: Record<string, unknown>): IssueFilter => ({
  ids: f.ids === undefined ? undefined : ids(f.ids),
  status: reviewStatus(f.status),
  search: text(f.q),
  parentId: text(f.parentId),
  root: bool(f.root),
});

const variables = (r: ListRequest) => ({
  first: r.first,
  after: r.after,
  filter: filter(r.filter),
  orderBy: orderField(r.sort, { title: 'TITLE', createdAt: 'CREATED_AT' } as const),
});

const toListRecord = (i: IssueListItemFragment) => ({ ...i, parentId: i.parent?.id ?? null });
const toRecord = (i: IssueDetailFragment): IssueRecord => ({ ...i, parentId: i.parent?.id ?? null, actorIds: i.actors.map((a) => a.id) });

function input(d: Record<string, unknown>): Omit<UpdateIssueInput, 'expectedVersion'> {
  return {
    title: text(d.title),
    slug: text(d.slug),
    description: textOrNull(d.description),
    aliases: strings(d.aliases),
    parentId: textOrNull(d.parentId),
    actorIds: ids(d.actorIds),
  };
}

export const issueData: ResourceDefinition = {
  paged: true,
  idsFilter: true,
  list: (r) => operation(IssueListDocument, variables(r), (d) => fromConnection(d.issues, toListRecord)),
  cursor: (r) => operation(IssueCursorDocument, variables(r), (d) => fromCursorPage(d.issues)),
  one: (id) =>
    operation(IssueOneDocument, { id }, (d) => {
      if (!d.issue) throw new Error(`No issue with id ${id}`);
      return { data: toRecord(d.issue) };
    }),
  create: (d) => {
    const i = input(d);
    return operation(
      IssueCreateDocument,
      {
        input: {
          title: i.title ?? '',
          slug: i.slug,
          description: i.description ?? undefined,
          aliases: i.aliases,
          parentId: i.parentId ?? undefined,
          actorIds: i.actorIds,
        },
      },
      (r) => ({ data: toRecord(r.createIssue) }),
    );
  },
  update: (id, d, previous) =>
    operation(
      IssueUpdateDocument,
      { id, input: { ...changedOnly(input(d), input(previous)), expectedVersion: versionOf(previous) } },
      (r) => ({ data: toRecord(r.updateIssue) }),
    ),
  delete: (id, previous) =>
    operation(IssueDeleteDocument, { id, expectedVersion: previous ? versionOf(previous) : undefined }, (r) => ({
      data: { id: r.deleteIssue },
    })),
};
