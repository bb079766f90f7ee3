import type { ActorDetailFragment, ActorFilter, ActorKind, UpdateActorInput } from '../../gql/graphql';
import {
  ActorCreateDocument,
  ActorCursorDocument,
  ActorDeleteDocument,
  ActorListDocument,
  ActorOneDocument,
  ActorUpdateDocument,
} from '../../gql/graphql';
import { fromConnection, fromCursorPage, operation } from '../../dataProvider/operation';
import {
  changedOnly,
  orderField,
  strings,
  text,
  textOrNull,
  type ListRequest,
  type ResourceDefinition,
  reviewStatus,
  versionOf,
  ids,
} from '../../dataProvider/resource';

type RoleForm = { title?: unknown; organizationId?: unknown; startedOn?: unknown; endedOn?: unknown };

export type ActorRecord = ActorDetailFragment & {
  roles: (ActorDetailFragment['roles'][number] & { organizationId: string | null })[];
};

const filter = (f: Record<string, unknown>): ActorFilter => ({
  ids: f.ids === undefined ? undefined : ids(f.ids),
  status: reviewStatus(f.status),
  search: text(f.q),
  kind: text(f.kind) as ActorKind | undefined,
});

const variables = (r: ListRequest) => ({
  first: r.first,
  after: r.after,
  filter: filter(r.filter),
  orderBy: orderField(r.sort, { name: 'NAME', createdAt: 'CREATED_AT' } as const),
});

const toRecord = (a: ActorDetailFragment): ActorRecord => ({
  ...a,
  roles: a.roles.map((role) => ({ ...role, organizationId: role.organization?.id ?? null })),
});

function roles(value: unknown) {
  if (!Array.isArray(value)) return [];
  return (value as RoleForm[])
    .filter((r) => text(r?.title))
    .map((r) => ({
      title: text(r.title) ?? '',
      organizationId: textOrNull(r.organizationId),
      startedOn: textOrNull(r.startedOn),
      endedOn: textOrNull(r.endedOn),
    }));
}

function input(d: Record<string, unknown>): Omit<UpdateActorInput, 'expectedVersion'> {
  return {
    name: text(d.name),
    kind: text(d.kind) as ActorKind | undefined,
    aliases: strings(d.aliases),
    misspellings: strings(d.misspellings),
    description: textOrNull(d.description),
    wikidataQid: textOrNull(d.wikidataQid),
    roles: roles(d.roles),
  };
}

export const actorData: ResourceDefinition = {
  paged: true,
  idsFilter: true,
  list: (r) => operation(ActorListDocument, variables(r), (d) => fromConnection(d.actors, (a) => a)),
  cursor: (r) => operation(ActorCursorDocument, variables(r), (d) => fromCursorPage(d.actors)),
  one: (id) =>
    operation(ActorOneDocument, { id }, (d) => {
      if (!d.actor) throw new Error(`No actor with id ${id}`);
      return { data: toRecord(d.actor) };
    }),
  create: (d) => {
    const { name, kind, description, wikidataQid, ...rest } = input(d);
    return operation(
      ActorCreateDocument,
      {
        input: {
          ...rest,
          name: name ?? '',
          kind: kind ?? 'PERSON',
          description: description ?? undefined,
          wikidataQid: wikidataQid ?? undefined,
        },
      },
      (r) => ({ data: toRecord(r.createActor) }),
    );
  },
  update: (id, d, previous) =>
    operation(
      ActorUpdateDocument,
      { id, input: { ...changedOnly(input(d), input(previous)), expectedVersion: versionOf(previous) } },
      (r) => ({ data: toRecord(r.updateActor) }),
    ),
  delete: (id, previous) =>
    operation(ActorDeleteDocument, { id, expectedVersion: previous ? versionOf(previous) : undefined }, (r) => ({
      data: { id: r.deleteActor },
    })),
};
