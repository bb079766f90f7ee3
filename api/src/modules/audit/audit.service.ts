import type { EntityManager } from 'typeorm';
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
