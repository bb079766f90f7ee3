import type { ApolloClient } from '@apollo/client';
import {
  ApproveDocument,
  AssignReviewerDocument,
  RequestChangesDocument,
  RestoreRevisionDocument,
  RevisionsDocument,
  SubmitForReviewDocument,
  type CuratedFieldsFragment,
  type RevisionsQuery,
} from '../gql/graphql';
import { ApiTokensDocument, CreateApiTokenDocument, RevokeApiTokenDocument } from '../gql/graphql';

export type Revision = RevisionsQuery['revisions'][number];
export type CuratedState = CuratedFieldsFragment & { id: string };

/**
 * The review workflow is not create/update/delete: each step is its own mutation (the API checks
 * it against the transition table), exposed as extra dataProvider methods.
 */
export function createWorkflowActions(client: ApolloClient<unknown>) {
  const mutate = async <T>(promise: Promise<{ data?: T | null }>): Promise<T> => {
    const { data } = await promise;
    if (!data) throw new Error('The API answered without data');
    return data;
  };
  return {
    async submitForReview(id: string): Promise<CuratedState> {
      return (await mutate(client.mutate({ mutation: SubmitForReviewDocument, variables: { id } }))).submitForReview;
    },
    async approve(id: string, revision: number): Promise<CuratedState> {
      return (await mutate(client.mutate({ mutation: ApproveDocument, variables: { id, revision } }))).approve;
    },
    async requestChanges(id: string, note: string): Promise<CuratedState> {
      return (await mutate(client.mutate({ mutation: RequestChangesDocument, variables: { id, note } }))).requestChanges;
    },
    async assignReviewer(id: string, reviewerId: string | null): Promise<CuratedState> {
      return (await mutate(client.mutate({ mutation: AssignReviewerDocument, variables: { id, reviewerId } }))).assignReviewer;
    },
    async restoreRevision(id: string, revision: number): Promise<CuratedState> {
      return (await mutate(client.mutate({ mutation: RestoreRevisionDocument, variables: { id, revision } }))).restoreRevision;
    },
    async revisions(id: string): Promise<Revision[]> {
      const { data } = await client.query({ query: RevisionsDocument, variables: { id }, fetchPolicy: 'no-cache' });
      return data.revisions;
    },
    async apiTokens(userId: string) {
      const { data } = await client.query({ query: ApiTokensDocument, variables: { userId }, fetchPolicy: 'no-cache' });
      return data.apiTokens;
    },
    async createApiToken(userId: string, name: string) {
      return (await mutate(client.mutate({ mutation: CreateApiTokenDocument, variables: { userId, name } }))).createApiToken;
    },
    async revokeApiToken(id: string) {
      return (await mutate(client.mutate({ mutation: RevokeApiTokenDocument, variables: { id } }))).revokeApiToken;
    },
  };
}
