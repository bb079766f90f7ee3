import { Role } from '@newsroom/shared';
import type { User } from '../modules/user/user.entity';

/** Who is asking: a signed-in user (by session cookie or API token) or nobody. */
export interface Viewer {
  user: User | null;
  requestId: string;
  ip?: string;
}

/** Anonymous clients read the approved (published) copies; staff read the working records. */
export type Audience = 'public' | 'staff';

export function audienceOf(viewer: Pick<Viewer, 'user'>): Audience {
  return viewer.user ? 'staff' : 'public';
}

/** A viewer for work the system does itself (demo data, migrations): no user, no four-eyes rule to meet. */
export function systemViewer(requestId = 'system'): Viewer {
  return { user: null, requestId };
}

export const STAFF_ROLES = [Role.EDITOR, Role.REVIEWER, Role.ADMIN];
