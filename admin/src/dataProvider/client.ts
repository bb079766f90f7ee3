import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * One Apollo client for the console. react-admin keeps its own query cache, so Apollo's
 * normalised cache would only hold a second, possibly stale copy: every request skips it.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient<unknown> {
  return new ApolloClient({
    // same-origin: the session cookie (HttpOnly, SameSite=Strict) rides along and nothing else is sent elsewhere.
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache(),
    defaultOptions: {
      query: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
      watchQuery: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
      mutate: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
    },
  });
}

export const apolloClient = createApolloClient();
