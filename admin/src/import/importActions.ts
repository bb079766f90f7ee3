import type { ApolloClient } from '@apollo/client';
import {
  ArticleSuggestionsDocument,
  ImportArticleDocument,
  type ImportArticleInput,
  type ImportArticleMutation,
  type SuggestionFieldsFragment,
} from '../gql/graphql';

export type ImportOutcome = ImportArticleMutation['importArticle'];
export type Suggestions = SuggestionFieldsFragment;
export type QuoteSuggestion = Suggestions['quotes'][number];
export type ActorSuggestion = Suggestions['actors'][number];
export type IssueSuggestion = Suggestions['issues'][number];

/** Importing writes one DRAFT article; everything else comes back as suggestions for the editor to confirm. */
export function createImportActions(client: ApolloClient<unknown>) {
  return {
    async importArticle(input: ImportArticleInput): Promise<ImportOutcome> {
      const { data } = await client.mutate({ mutation: ImportArticleDocument, variables: { input } });
      if (!data) throw new Error('The API answered without data');
      return data.importArticle;
    },
    async articleSuggestions(id: string): Promise<Suggestions> {
      const { data } = await client.query({ query: ArticleSuggestionsDocument, variables: { id }, fetchPolicy: 'no-cache' });
      return data.articleSuggestions;
    },
  };
}
