import { SortDirection } from '@newsroom/shared';
import type { EntityManager } from 'typeorm';
import { asEntity, entityColumns } from '../../database/select';
import { paginate, type ConnectionResult } from '../../graphql/connection';
import type { AuditArgs } from './audit.inputs';
import type { Viewer } from '../../auth/viewer';
import { log } from '../../logger';
import { AuditEntry } from './audit.entity';

export interface AuditEvent {
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  success?: boolean;
  details?: Record<string, unknown>;
  /** For events without a signed-in user, such as a failed sign-in. */
  userId?: string | null;
}

/**
 * Writes audit rows. Changes are audited inside their own transaction, so a
 * failed mutation leaves no row; sign-ins and refusals are written on their own.
 */
export async function recordAudit(em: EntityManager, viewer: Viewer, event: AuditEvent): Promise<void> {
  await em.insert(AuditEntry, {
    userId: event.userId !== undefined ? event.userId : (viewer.user?.id ?? null),
    action: event.action,
    entityType: event.entityType ?? null,
    entityId: event.entityId ?? null,
    requestId: viewer.requestId,
    success: event.success ?? true,
    details: { ...(event.details ?? {}), ...(viewer.ip ? { ip: viewer.ip } : {}) },
  });
  if (event.success === false)
    log.warn(`audit: ${event.action} refused`, { requestId: viewer.requestId, user: viewer.user?.id, entity: event.entityId });
}

/** The audit log, newest first, narrowed by action, record, user or outcome. */
export function listAudit(db: EntityManager, args: AuditArgs): Promise<ConnectionResult<AuditEntry>> {
  const qb = db
    .createQueryBuilder()
    .select(entityColumns(db.connection, AuditEntry, 'a'))
    .from('audit_log', 'a');
  const f = args.filter ?? {};
  if (f.action) qb.andWhere('a.action = :action', { action: f.action });
  if (f.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: f.entityId });
  if (f.userId) qb.andWhere('a.user_id = :userId', { userId: f.userId });
  if (f.success !== undefined && f.success !== null) qb.andWhere('a.success = :success', { success: f.success });
  const sort = { expression: 'a.at', sqlType: 'timestamptz' as const, direction: SortDirection.DESC, idType: 'int8' as const };
  return paginate(qb, 'a', args, sort, (row) => asEntity(db.connection, AuditEntry, row));
}
