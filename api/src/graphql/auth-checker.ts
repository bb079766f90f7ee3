import type { Role } from '@newsroom/shared';
import type { AuthChecker } from 'type-graphql';
import { recordAudit } from '../modules/audit/audit.service';
import { log } from '../logger';
import type { Context } from './context';

/**
 * The one authorisation gate for @Authorized fields and mutations: signed in,
 * and one of the listed roles when roles are given. Refusals are audited.
 */
export const authChecker: AuthChecker<Context, Role> = async ({ context, info }, roles) => {
  const user = context.viewer.user;
  const allowed = Boolean(user) && (roles.length === 0 || roles.includes(user!.role));
  if (!allowed) {
    const field = `${info.parentType.name}.${info.fieldName}`;
    await recordAudit(context.services.dataSource, context.viewer, {
      action: 'forbidden',
      success: false,
      details: { field, role: user?.role ?? 'ANONYMOUS', required: roles },
    }).catch((error) => log.error('Could not audit a refusal', { error: String(error) }));
  }
  return allowed;
};
