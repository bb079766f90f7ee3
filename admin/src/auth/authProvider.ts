import type { ApolloClient } from '@apollo/client';
import type { AuthProvider } from 'react-admin';
import { apiError } from '../dataProvider/errors';
import { LoginDocument, LogoutDocument, MeDocument, type ViewerFragment } from '../gql/graphql';
import { can } from './permissions';

/**
 * Sessions live in an HttpOnly cookie the console cannot read: "who am I" is always the API's
 * answer to `me`, asked once and kept until login, logout or an UNAUTHENTICATED error.
 */
export function createAuthProvider(client: ApolloClient<unknown>): AuthProvider {
  let viewer: Promise<ViewerFragment | null> | null = null;

  const me = () => {
    viewer ??= client.query({ query: MeDocument, fetchPolicy: 'no-cache' }).then(
      (r) => r.data.me,
      (error) => {
        viewer = null;
        throw error;
      },
    );
    return viewer;
  };

  return {
    async login({ username, email, password }: { username?: string; email?: string; password: string }) {
      try {
        const result = await client.mutate({ mutation: LoginDocument, variables: { email: (email ?? username ?? '').trim(), password } });
        const user = result.data?.login ?? null;
        viewer = Promise.resolve(user);
      } catch (error) {
        viewer = null;
        throw new Error(apiError(error)?.message ?? 'The sign-in failed; try again', { cause: error });
      }
    },
    async logout() {
      viewer = null;
      try {
        await client.mutate({ mutation: LogoutDocument });
      } catch {
        // Already signed out (expired session): nothing to end.
      }
    },
    async checkAuth() {
      if (!(await me())) throw new Error('Sign in to use the console');
    },
    async checkError(error) {
      const code = apiError(error)?.code;
      if (code === 'UNAUTHENTICATED') {
        viewer = null;
        throw new Error('Your session has ended: sign in again');
      }
      // FORBIDDEN and the rest are shown as they are; the session stays.
    },
    async getIdentity() {
      const user = await me();
      if (!user) throw new Error('Not signed in');
      // No fullName: react-admin would put it in the profile button, whose accessible name ("Profile") must contain its text.
      return { id: user.id, name: user.name, role: user.role, email: user.email };
    },
    async getPermissions() {
      return (await me())?.role ?? null;
    },
    async canAccess({ resource, action }) {
      const user = await me();
      return can(user?.role, action, resource);
    },
  };
}
