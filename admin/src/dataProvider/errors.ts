export interface ApiError {
  message: string;
  code?: string;
  extensions: Record<string, unknown>;
}

interface ErrorLike {
  message?: string;
  body?: { graphQLErrors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> };
  graphQLErrors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * The first GraphQL error behind whatever react-admin or Apollo handed us: ra-data-graphql
 * wraps the ApolloError into an HttpError's `body`, Apollo calls direct from the console do not.
 */
export function apiError(error: unknown): ApiError | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as ErrorLike;
  const first = e.body?.graphQLErrors?.[0] ?? e.graphQLErrors?.[0];
  if (!first) return undefined;
  const extensions = first.extensions ?? {};
  return { message: first.message, code: typeof extensions.code === 'string' ? extensions.code : undefined, extensions };
}

export function errorCode(error: unknown): string | undefined {
  return apiError(error)?.code;
}

export function errorMessage(error: unknown): string {
  return apiError(error)?.message ?? (error instanceof Error ? error.message : String(error));
}
