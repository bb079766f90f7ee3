import type { ApolloClient } from '@apollo/client';
import {
  ActorDuplicatesDocument,
  ActorQuoteCountDocument,
  JudgeActorsDifferentDocument,
  MergeActorsDocument,
  UndoActorMergeDocument,
  type ActorDuplicatesQuery,
  type ActorMergeFieldsFragment,
} from '../gql/graphql';

export type DuplicatePair = ActorDuplicatesQuery['actorDuplicates'][number];
export type DuplicateActor = DuplicatePair['a'];
export type ActorMerge = ActorMergeFieldsFragment;

/** Actor curation is not create/update/delete either: duplicates, judgements and merges are their own operations. */
export function createCurationActions(client: ApolloClient<unknown>) {
  const mutate = async <T>(promise: Promise<{ data?: T | null }>): Promise<T> => {
    const { data } = await promise;
    if (!data) throw new Error('The API answered without data');
    return data;
  };
  return {
    async actorDuplicates(first = 50): Promise<DuplicatePair[]> {
      const { data } = await client.query({ query: ActorDuplicatesDocument, variables: { first }, fetchPolicy: 'no-cache' });
      return data.actorDuplicates;
    },
    async actorQuoteCount(speakerId: string): Promise<number> {
      const { data } = await client.query({ query: ActorQuoteCountDocument, variables: { speakerId }, fetchPolicy: 'no-cache' });
      return data.quotes.totalCount;
    },
    async judgeActorsDifferent(aId: string, bId: string): Promise<boolean> {
      return (await mutate(client.mutate({ mutation: JudgeActorsDifferentDocument, variables: { aId, bId } }))).judgeActorsDifferent;
    },
    async mergeActors(sourceId: string, targetId: string): Promise<ActorMerge> {
      return (await mutate(client.mutate({ mutation: MergeActorsDocument, variables: { sourceId, targetId } }))).mergeActors;
    },
    async undoActorMerge(mergeId: string): Promise<ActorMerge> {
      return (await mutate(client.mutate({ mutation: UndoActorMergeDocument, variables: { mergeId } }))).undoActorMerge;
    },
  };
}
