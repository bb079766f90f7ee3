import { CuratedType, mayPerform, nextStatus, ReviewStatus, Role, SortDirection, type ReviewAction } from '@newsroom/shared';
import type { EntityManager } from 'typeorm';
import { systemViewer, type Viewer } from '../../auth/viewer';
import { asEntity, entityColumns, storedColumns } from '../../database/select';
import { paginate, type ConnectionResult } from '../../graphql/connection';
import { AppError, conflict, notFound } from '../../graphql/errors';
import { UUID } from '../../graphql/loaders';
import { recordAudit } from '../audit/audit.service';
import { User } from '../user/user.entity';
import { CURATED, CURATED_SPECS, typeOfSql, type CuratedSpec } from './curated.registry';
import { ReviewItem } from './review-item.type';
import type { ReviewQueueArgs } from './review.inputs';
import { CuratedRecord } from './curated.entity';
import { diffSnapshots } from './diff';
import { Revision } from './revision.entity';

/** What each curated type's service provides to review. */
export interface CuratedService {
  /** The whole record as an update input would give it: scalars and links. */
  snapshot(em: EntityManager, id: string): Promise<Record<string, unknown>>;
  /** Writes a snapshot back through the normal update rules, as a new revision. */
  restore(em: EntityManager, id: string, snapshot: Record<string, unknown>, viewer: Viewer, restoredFrom: number): Promise<unknown>;
}

interface LockedRow {
  id: string;
  status: ReviewStatus;
  version: number;
  approved_version: number | null;
  changes_requested_version: number | null;
  deleted_at: Date | null;
}

export interface EditTicket {
  version: number;
  status: ReviewStatus;
  wasPublished: boolean;
}

/**
 * The review workflow and revision history for articles, actors, quotes and
 * issues: every change is a numbered revision written in the same transaction,
 * stale edits are refused, approval copies the record into its published twin.
 */
export class ReviewService {
  private readonly services = new Map<CuratedType, CuratedService>();

  constructor(private readonly db: EntityManager) {}

  register(type: CuratedType, service: CuratedService): void {
    this.services.set(type, service);
  }

  async typeOf(em: EntityManager, id: string): Promise<CuratedSpec | null> {
    if (!UUID.test(id)) return null;
    const rows: { type: CuratedType }[] = await em.query(typeOfSql(''), [id]);
    return rows[0] ? CURATED[rows[0].type] : null;
  }

  private async requireType(em: EntityManager, id: string): Promise<CuratedSpec> {
    const spec = await this.typeOf(em, id);
    if (!spec) throw notFound('record', id);
    return spec;
  }

  private async lock(em: EntityManager, spec: CuratedSpec, id: string): Promise<LockedRow> {
    const rows: LockedRow[] = await em.query(
      `SELECT id, status, version, approved_version, changes_requested_version, deleted_at FROM ${spec.table} WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!rows[0]) throw notFound(spec.typeName.toLowerCase(), id);
    return rows[0];
  }

  private requireRole(viewer: Viewer, action: ReviewAction): asserts viewer is Viewer & { user: User } {
    if (!viewer.user) throw new AppError('UNAUTHENTICATED', 'Sign in first');
    if (!mayPerform(action, viewer.user.role)) {
      throw new AppError('FORBIDDEN', `Your role (${viewer.user.role}) may not ${action}`, { action });
    }
  }

  /**
   * Starts an edit: locks the row, refuses a stale `expectedVersion` with what
   * changed since, and says which version and status the edit will have.
   */
  async beginEdit(em: EntityManager, type: CuratedType, id: string, expectedVersion: number | undefined): Promise<EditTicket> {
    const spec = CURATED[type];
    const row = await this.lock(em, spec, id);
    if (row.deleted_at)
      throw conflict(`This ${spec.typeName.toLowerCase()} was deleted; restore a revision to bring it back`, { deleted: true });
    if (expectedVersion !== undefined && expectedVersion !== row.version) await this.throwStale(em, spec, id, expectedVersion, row.version);
    const status = nextStatus('edit', row.status);
    if (!status) throw new AppError('INVALID_TRANSITION', `A ${row.status} record cannot be edited`);
    return { version: row.version + 1, status, wasPublished: row.approved_version !== null };
  }

  private async throwStale(em: EntityManager, spec: CuratedSpec, id: string, yours: number, current: number): Promise<never> {
    const revisions: { number: number; snapshot: Record<string, unknown>; author: string | null }[] = await em.query(
      `SELECT r.number, r.snapshot, u.name AS author FROM revisions r LEFT JOIN users u ON u.id = r.author_id
        WHERE r.entity_id = $1 AND (r.number = $2 OR r.number > $2) ORDER BY r.number`,
      [id, yours],
    );
    const base = revisions.find((r) => r.number === yours)?.snapshot;
    const latest = revisions[revisions.length - 1]?.snapshot ?? {};
    const changedBy = [...new Set(revisions.filter((r) => r.number > yours).map((r) => r.author ?? 'system'))];
    throw conflict(
      `This ${spec.typeName.toLowerCase()} was changed by ${changedBy.join(', ') || 'someone else'} after your version ${yours} (it is now at version ${current}). ` +
        'Nothing of yours was saved: reload it, then re-apply your edit.',
      { currentVersion: current, yourVersion: yours, changedBy, changes: diffSnapshots(base, latest) },
    );
  }

  /** Writes the revision for a change just made (same transaction) and its audit row. */
  async commitRevision(
    em: EntityManager,
    type: CuratedType,
    id: string,
    action: 'create' | 'update' | 'delete' | 'restore' | 'seed',
    viewer: Viewer,
    restoredFrom: number | null = null,
  ): Promise<Revision> {
    const spec = CURATED[type];
    const service = this.services.get(type)!;
    const [{ version }] = await em.query(`SELECT version FROM ${spec.table} WHERE id = $1`, [id]);
    const snapshot = await service.snapshot(em, id);
    const previous: { snapshot: Record<string, unknown> }[] = await em.query(
      'SELECT snapshot FROM revisions WHERE entity_id = $1 ORDER BY number DESC LIMIT 1',
      [id],
    );
    const changes = diffSnapshots(previous[0]?.snapshot, snapshot);
    const revision = em.create(Revision, {
      entityType: type,
      entityId: id,
      number: version,
      action,
      authorId: viewer.user?.id ?? null,
      snapshot,
      changes,
      restoredFrom,
    });
    await em.save(Revision, revision);
    await recordAudit(em, viewer, {
      action,
      entityType: type,
      entityId: id,
      details: { version, fields: changes.map((c) => c.field), ...(restoredFrom ? { restoredFrom } : {}) },
    });
    return revision;
  }

  /** Soft delete: hidden from lists and clients at once, kept with its history, restorable. */
  async softDelete(em: EntityManager, type: CuratedType, id: string, expectedVersion: number | undefined, viewer: Viewer): Promise<void> {
    const spec = CURATED[type];
    const ticket = await this.beginEdit(em, type, id, expectedVersion);
    await this.unpublish(em, spec, id);
    await em.query(
      `UPDATE ${spec.table} SET deleted_at = now(), version = $2, status = $3, approved_version = NULL, updated_by = $4, updated_at = now() WHERE id = $1`,
      [id, ticket.version, ReviewStatus.DRAFT, viewer.user?.id ?? null],
    );
    await this.commitRevision(em, type, id, 'delete', viewer);
  }

  private async unpublish(em: EntityManager, spec: CuratedSpec, id: string): Promise<void> {
    try {
      await em.query('SAVEPOINT unpublish');
      await em.query(`DELETE FROM published_${spec.table} WHERE id = $1`, [id]);
      await em.query('RELEASE SAVEPOINT unpublish');
    } catch (error) {
      await em.query('ROLLBACK TO SAVEPOINT unpublish');
      const detail = String((error as { detail?: string }).detail ?? '');
      const table = /table "published_(\w+)"/.exec(detail)?.[1];
      if ((error as { code?: string }).code === '23503') {
        throw conflict(
          `Approved ${table?.replace(/_/g, ' ') ?? 'records'} still point at this ${spec.typeName.toLowerCase()}; change or delete them first`,
          { referencedBy: table ?? null },
        );
      }
      throw error;
    }
  }

  private async loadRecord(em: EntityManager, spec: CuratedSpec, id: string): Promise<CuratedRecord> {
    const rows = await em.query(`SELECT ${entityColumns(em.connection, spec.entity, 'r')} FROM ${spec.table} r WHERE r.id = $1`, [id]);
    return asEntity(em.connection, spec.entity, rows[0]) as CuratedRecord;
  }

  async submitForReview(id: string, viewer: Viewer): Promise<CuratedRecord> {
    this.requireRole(viewer, 'submitForReview');
    return this.db.transaction(async (em) => {
      const spec = await this.requireType(em, id);
      const row = await this.lock(em, spec, id);
      if (row.deleted_at) throw conflict('A deleted record cannot be submitted; restore it first');
      const status = nextStatus('submitForReview', row.status);
      if (!status) throw this.invalid('submitForReview', row.status);
      if (row.status === ReviewStatus.CHANGES_REQUESTED && row.version <= (row.changes_requested_version ?? 0)) {
        throw new AppError('INVALID_TRANSITION', 'Changes were requested on this version: edit the record before resubmitting it');
      }
      await em.query(`UPDATE ${spec.table} SET status = $2, submitted_by = $3, submitted_at = now() WHERE id = $1`, [
        id,
        status,
        viewer.user.id,
      ]);
      await recordAudit(em, viewer, { action: 'submitForReview', entityType: spec.type, entityId: id, details: { version: row.version } });
      return this.loadRecord(em, spec, id);
    });
  }

  async approve(id: string, revision: number, viewer: Viewer): Promise<CuratedRecord> {
    this.requireRole(viewer, 'approve');
    return this.db.transaction(async (em) => {
      const spec = await this.requireType(em, id);
      const row = await this.lock(em, spec, id);
      const status = nextStatus('approve', row.status);
      if (!status) throw this.invalid('approve', row.status);
      if (revision !== row.version) {
        throw conflict(`Revision ${revision} is no longer the latest (it is ${row.version}); review the latest revision`, {
          currentVersion: row.version,
          yourVersion: revision,
        });
      }
      const [author] = await em.query('SELECT author_id FROM revisions WHERE entity_id = $1 AND number = $2', [id, revision]);
      if (author?.author_id === viewer.user.id) {
        throw new AppError('FORBIDDEN', `You wrote revision ${revision}; another reviewer must approve it (four eyes)`, {
          rule: 'FOUR_EYES',
        });
      }
      await this.publish(em, spec, id, status, revision);
      await em.query('UPDATE revisions SET approved_by = $3, approved_at = now() WHERE entity_id = $1 AND number = $2', [
        id,
        revision,
        viewer.user.id,
      ]);
      await recordAudit(em, viewer, { action: 'approve', entityType: spec.type, entityId: id, details: { version: revision } });
      return this.loadRecord(em, spec, id);
    });
  }

  /** Marks the working record approved and copies it, with the rows it owns, into the published tables. */
  async publish(em: EntityManager, spec: CuratedSpec, id: string, status: ReviewStatus, revision: number): Promise<void> {
    const missing: { type: CuratedType; id: string; label: string }[] = await em.query(
      spec.dependencies
        .map((d) => {
          const dep = CURATED[d.type];
          return `SELECT '${dep.type}' AS type, r.id, ${dep.label} AS label FROM ${dep.table} r
                   WHERE r.id IN (${d.ids}) AND NOT EXISTS (SELECT 1 FROM published_${dep.table} p WHERE p.id = r.id)`;
        })
        .join(' UNION ALL ') || 'SELECT NULL AS type, NULL AS id, NULL AS label WHERE FALSE',
      [id],
    );
    if (missing.length) {
      throw conflict(
        `Approve these first, so that clients never see a link to an unapproved record: ${missing.map((m) => `${CURATED[m.type].typeName.toLowerCase()} "${m.label}"`).join(', ')}`,
        { unapproved: missing },
      );
    }
    await em.query(
      `UPDATE ${spec.table} SET status = $2, approved_version = $3, review_note = NULL, changes_requested_version = NULL, assigned_reviewer_id = NULL WHERE id = $1`,
      [id, status, revision],
    );
    const ds = em.connection;
    const columns = storedColumns(ds, spec.entity);
    const list = columns.map((c) => `"${c}"`).join(', ');
    const updates = columns
      .filter((c) => c !== 'id')
      .map((c) => `"${c}" = EXCLUDED."${c}"`)
      .join(', ');
    await em.query(
      `INSERT INTO published_${spec.table} (${list}) SELECT ${list} FROM ${spec.table} WHERE id = $1 ON CONFLICT (id) DO UPDATE SET ${updates}`,
      [id],
    );
    for (const link of spec.links) {
      const linkList = storedColumns(ds, link.entity)
        .map((c) => `"${c}"`)
        .join(', ');
      await em.query(`DELETE FROM published_${link.table} WHERE ${link.column} = $1`, [id]);
      await em.query(`INSERT INTO published_${link.table} (${linkList}) SELECT ${linkList} FROM ${link.table} WHERE ${link.column} = $1`, [
        id,
      ]);
    }
  }

  /**
   * Approves the current revision without a reviewer, for records the system
   * itself vouches for (the demo data). Not reachable from the API.
   */
  async publishAsSystem(em: EntityManager, id: string): Promise<void> {
    const spec = await this.requireType(em, id);
    const row = await this.lock(em, spec, id);
    await this.publish(em, spec, id, ReviewStatus.APPROVED, row.version);
    await em.query('UPDATE revisions SET approved_at = now() WHERE entity_id = $1 AND number = $2', [id, row.version]);
    await recordAudit(em, systemViewer('seed'), {
      action: 'approve',
      entityType: spec.type,
      entityId: id,
      details: { version: row.version, by: 'system' },
    });
  }

  async requestChanges(id: string, note: string, viewer: Viewer): Promise<CuratedRecord> {
    this.requireRole(viewer, 'requestChanges');
    const text = note.trim();
    if (!text) throw new AppError('BAD_USER_INPUT', 'Say what needs to change: the note must not be blank');
    return this.db.transaction(async (em) => {
      const spec = await this.requireType(em, id);
      const row = await this.lock(em, spec, id);
      const status = nextStatus('requestChanges', row.status);
      if (!status) throw this.invalid('requestChanges', row.status);
      await em.query(`UPDATE ${spec.table} SET status = $2, review_note = $3, changes_requested_version = version WHERE id = $1`, [
        id,
        status,
        text,
      ]);
      await recordAudit(em, viewer, { action: 'requestChanges', entityType: spec.type, entityId: id, details: { version: row.version } });
      return this.loadRecord(em, spec, id);
    });
  }

  async assignReviewer(id: string, reviewerId: string | null, viewer: Viewer): Promise<CuratedRecord> {
    this.requireRole(viewer, 'submitForReview');
    return this.db.transaction(async (em) => {
      const spec = await this.requireType(em, id);
      await this.lock(em, spec, id);
      if (reviewerId) {
        const reviewer = await em.findOneBy(User, { id: reviewerId });
        if (!reviewer || !reviewer.active || reviewer.role === Role.EDITOR) {
          throw new AppError('BAD_USER_INPUT', 'reviewerId must be an active reviewer or admin', { field: 'reviewerId' });
        }
      }
      await em.query(`UPDATE ${spec.table} SET assigned_reviewer_id = $2 WHERE id = $1`, [id, reviewerId]);
      await recordAudit(em, viewer, { action: 'assignReviewer', entityType: spec.type, entityId: id, details: { reviewerId } });
      return this.loadRecord(em, spec, id);
    });
  }

  /** Brings back an earlier revision's content as a new revision (a draft): history is never rewritten, nothing is published. */
  async restoreRevision(id: string, number: number, viewer: Viewer): Promise<CuratedRecord> {
    this.requireRole(viewer, 'edit');
    return this.db.transaction(async (em) => {
      const spec = await this.requireType(em, id);
      const row = await this.lock(em, spec, id);
      const [revision] = await em.query('SELECT snapshot FROM revisions WHERE entity_id = $1 AND number = $2', [id, number]);
      if (!revision) throw notFound(`revision ${number} of`, id);
      if (row.deleted_at) await em.query(`UPDATE ${spec.table} SET deleted_at = NULL WHERE id = $1`, [id]);
      await this.services.get(spec.type)!.restore(em, id, revision.snapshot, viewer, number);
      return this.loadRecord(em, spec, id);
    });
  }

  /** What awaits review, oldest submission first, across the four types. */
  async queue(args: ReviewQueueArgs, viewer: Viewer): Promise<ConnectionResult<ReviewItem>> {
    const union = CURATED_SPECS.map(
      (s) => `SELECT '${s.type}'::text AS type, r.id, ${s.label} AS label, r.status, r.version, r.approved_version, r.submitted_by,
                     r.submitted_at, r.assigned_reviewer_id, r.review_note
                FROM ${s.table} r WHERE r.status = 'IN_REVIEW' AND r.deleted_at IS NULL`,
    ).join(' UNION ALL ');
    const qb = this.db.createQueryBuilder().select('q.*').from(`(${union})`, 'q');
    const f = args.filter ?? {};
    if (f.type) qb.andWhere('q.type = :type', { type: f.type });
    if (f.assignedToMe) qb.andWhere('q.assigned_reviewer_id = :me', { me: viewer.user?.id ?? null });
    if (f.assignedReviewerId) qb.andWhere('q.assigned_reviewer_id = :reviewer', { reviewer: f.assignedReviewerId });
    return paginate(qb, 'q', args, { expression: 'q.submitted_at', sqlType: 'timestamptz', direction: SortDirection.ASC }, (row) =>
      Object.assign(new ReviewItem(), {
        id: row.id as string,
        type: row.type as CuratedType,
        label: row.label as string,
        status: row.status as ReviewStatus,
        version: row.version as number,
        approvedVersion: row.approved_version as number | null,
        submittedById: row.submitted_by as string | null,
        submittedAt: row.submitted_at as Date | null,
        assignedReviewerId: row.assigned_reviewer_id as string | null,
        reviewNote: row.review_note as string | null,
      }),
    );
  }

  async revisions(id: string): Promise<Revision[]> {
    return this.db.getRepository(Revision).find({ where: { entityId: id }, order: { number: 'DESC' } });
  }

  private invalid(action: ReviewAction, from: ReviewStatus): AppError {
    return new AppError('INVALID_TRANSITION', `Cannot ${action} a record that is ${from}`, { action, status: from });
  }
}
