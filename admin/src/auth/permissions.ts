import { useGetIdentity, usePermissions } from 'react-admin';
import type { Role } from '../gql/graphql';

/**
 * What each role may do in the console. The API enforces the same rules; the console only
 * avoids offering what would be refused (an editor never sees Approve).
 */
export function can(role: Role | null | undefined, action: string, resource?: string): boolean {
  if (!role) return false;
  switch (resource) {
    case 'users':
      return role === 'ADMIN';
    case 'review':
      // Editors may look at the queue; only reviewers and admins act on it.
      return action === 'list' || action === 'show' ? true : role !== 'EDITOR';
    case 'audit':
      return role !== 'EDITOR' && (action === 'list' || action === 'show');
    case 'outlets':
      return action === 'list' || action === 'show';
    default:
      if (action === 'approve' || action === 'requestChanges') return role === 'REVIEWER' || role === 'ADMIN';
      return true;
  }
}

export const isReviewer = (role: Role | null | undefined) => role === 'REVIEWER' || role === 'ADMIN';

export interface ViewerIdentity {
  id: string;
  role: Role | null;
}

/** The signed-in user's id and role (from the `me` query the auth provider keeps). */
export function useViewer(): ViewerIdentity | null {
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Role | null>();
  if (!identity) return null;
  return { id: String(identity.id), role: permissions ?? null };
}
