import { CuratedType, ReviewStatus, slugify, SortDirection } from '@newsroom/shared';
import { IsNull, type EntityManager } from 'typeorm';
import { audienceOf, type Viewer } from '../../auth/viewer';
import { assertAllExist } from '../../database/exists';
import { asEntity, entityColumns } from '../../database/select';
import { notDeleted, tablesFor } from '../../database/tables';
import type { CuratedService, ReviewService } from '../review/review.service';
import { paginate, type ConnectionResult, type SortSpec } from '../../graphql/connection';
import type { ConnectionProjection } from '../../graphql/read/compile';
import { badInput, conflict, notFound } from '../../graphql/errors';
import { Actor } from '../actor/actor.entity';
import { Issue, IssueActor } from './issue.entity';
import { IssueOrderField, type CreateIssueInput, type IssuesArgs, type UpdateIssueInput } from './issue.inputs';

type IssueFields = Omit<UpdateIssueInput, 'expectedVersion'>;
import { subIssueIdsSql } from './issue.sql';

const RELEVANCE = 'word_similarity(lower(:search), i.search_names)';

export class IssueService implements CuratedService {
  constructor(
    private readonly db: EntityManager,
    private readonly review: ReviewService,
  ) {}

  async list(args: IssuesArgs, viewer: Viewer, projection?: ConnectionProjection): Promise<ConnectionResult<Issue>> {
    const audience = audienceOf(viewer);
    const ds = this.db.connection;
    const qb = this.db
      .createQueryBuilder()
      .select(entityColumns(ds, Issue, 'i'))
      .from(tablesFor(audience).issues, 'i')
      .where(notDeleted(audience, 'i'));
    const f = args.filter ?? {};
    if (f.ids) qb.andWhere('i.id = ANY(:ids)', { ids: f.ids });
    if (f.status) qb.andWhere('i.status = :status', { status: f.status });
    if (f.parentId) qb.andWhere('i.parent_id = :parentId', { parentId: f.parentId });
    if (f.root === true) qb.andWhere('i.parent_id IS NULL');
    if (f.root === false) qb.andWhere('i.parent_id IS NOT NULL');
    if (f.search) {
      qb.andWhere(
        `(lower(:search) <% i.search_names OR to_tsvector('english', coalesce(i.description, '')) @@ websearch_to_tsquery('english', :search))`,
        { search: f.search.trim() },
      );
    }
    const field = args.orderBy?.field ?? (f.search ? IssueOrderField.RELEVANCE : IssueOrderField.TITLE);
    const direction = args.orderBy?.direction ?? (field === IssueOrderField.TITLE ? SortDirection.ASC : SortDirection.DESC);
    let sort: SortSpec;
    switch (field) {
      case IssueOrderField.RELEVANCE:
        if (!f.search) throw badInput('orderBy RELEVANCE needs filter.search');
        sort = { expression: `${RELEVANCE}::float8`, sqlType: 'float8', direction };
        break;
      case IssueOrderField.CREATED_AT:
        sort = { expression: 'i.created_at', sqlType: 'timestamptz', direction };
        break;
      default:
        sort = { expression: 'i.title', sqlType: 'text', direction };
    }
    return paginate(qb, 'i', args, sort, (row) => asEntity(ds, Issue, row), projection);
  }

  async bySlug(slug: string, viewer: Viewer): Promise<Issue | null> {
    const audience = audienceOf(viewer);
    const ds = this.db.connection;
    const rows = await this.db.query(
      `SELECT ${entityColumns(ds, Issue, 'i')} FROM ${tablesFor(audience).issues} i WHERE i.slug = $1 AND ${notDeleted(audience, 'i')}`,
      [slug],
    );
    return rows[0] ? asEntity(ds, Issue, rows[0]) : null;
  }

  async create(input: CreateIssueInput, viewer: Viewer): Promise<Issue> {
    return this.db.transaction(async (em) => {
      const slug = input.slug ?? slugify(input.title);
      if (!slug) throw badInput('The title gives no slug; pass one (lower-case words joined by hyphens)');
      await this.checkSlugFree(em, slug, undefined);
      if (input.parentId) await assertAllExist(em, Issue, [input.parentId], 'issue');
      const repo = em.getRepository(Issue);
      const issue = await repo.save(
        repo.create({
          title: input.title.trim(),
          slug,
          description: input.description ?? null,
          aliases: [...new Set((input.aliases ?? []).map((a) => a.trim()).filter(Boolean))],
          parentId: input.parentId ?? null,
          status: ReviewStatus.DRAFT,
          version: 1,
          createdById: viewer.user?.id ?? null,
          updatedById: viewer.user?.id ?? null,
        }),
      );
      if (input.actorIds) await this.writeActors(em, issue.id, input.actorIds);
      await this.review.commitRevision(em, CuratedType.ISSUE, issue.id, 'create', viewer);
      return issue;
    });
  }

  async update(id: string, input: UpdateIssueInput, viewer: Viewer): Promise<Issue> {
    return this.db.transaction((em) => this.applyUpdate(em, id, input, input.expectedVersion, viewer, 'update'));
  }

  private async applyUpdate(
    em: EntityManager,
    id: string,
    input: IssueFields,
    expectedVersion: number | undefined,
    viewer: Viewer,
    action: 'update' | 'restore',
    restoredFrom: number | null = null,
  ): Promise<Issue> {
    const ticket = await this.review.beginEdit(em, CuratedType.ISSUE, id, expectedVersion);
    const repo = em.getRepository(Issue);
    const issue = (await repo.findOneBy({ id }))!;
    if (input.parentId !== undefined && input.parentId !== issue.parentId) {
      await this.checkNoCycle(em, id, input.parentId);
      issue.parentId = input.parentId;
    }
    if (input.slug !== undefined && input.slug !== issue.slug) {
      await this.checkSlugFree(em, input.slug, id);
      issue.slug = input.slug;
    }
    if (input.title !== undefined) issue.title = input.title.trim();
    if (input.description !== undefined) issue.description = input.description;
    if (input.aliases !== undefined) issue.aliases = [...new Set(input.aliases.map((a) => a.trim()).filter(Boolean))];
    Object.assign(issue, { version: ticket.version, status: ticket.status, updatedById: viewer.user?.id ?? null });
    const saved = await repo.save(issue);
    if (input.actorIds) await this.writeActors(em, id, input.actorIds);
    await this.review.commitRevision(em, CuratedType.ISSUE, id, action, viewer, restoredFrom);
    return saved;
  }

  /** Soft delete; refused while live narrower issues sit under it. */
  async delete(id: string, expectedVersion: number | undefined, viewer: Viewer): Promise<string> {
    await this.db.transaction(async (em) => {
      const children = await em.getRepository(Issue).countBy({ parentId: id, deletedAt: IsNull() });
      if (children) throw conflict(`The issue has ${children} sub-issue(s); move or delete them first`, { childCount: children });
      await this.review.softDelete(em, CuratedType.ISSUE, id, expectedVersion, viewer);
    });
    return id;
  }

  async snapshot(em: EntityManager, id: string): Promise<Record<string, unknown>> {
    const issue = await em.getRepository(Issue).findOneBy({ id });
    if (!issue) throw notFound('issue', id);
    const actors = await em.getRepository(IssueActor).find({ where: { issueId: id }, order: { actorId: 'ASC' } });
    return {
      title: issue.title,
      slug: issue.slug,
      description: issue.description,
      aliases: issue.aliases,
      parentId: issue.parentId,
      actorIds: actors.map((a) => a.actorId),
    };
  }

  restore(em: EntityManager, id: string, snapshot: Record<string, unknown>, viewer: Viewer, restoredFrom: number): Promise<Issue> {
    return this.applyUpdate(em, id, snapshot as IssueFields, undefined, viewer, 'restore', restoredFrom);
  }

  /** A parent may not be the issue itself or anything under it. Tree changes are serialised so two moves cannot close a loop together. */
  private async checkNoCycle(em: EntityManager, id: string, parentId: string | null): Promise<void> {
    if (!parentId) return;
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('issues.tree'))`);
    await assertAllExist(em, Issue, [parentId], 'issue');
    if (parentId === id) throw badInput('An issue cannot be its own parent');
    const rows: { id: string }[] = await em.query(`SELECT id FROM (${subIssueIdsSql('$1')}) s WHERE id = $2`, [id, parentId]);
    if (rows.length)
      throw badInput('That parent sits under this issue already: the move would make a cycle in the issue tree', { parentId });
  }

  private async checkSlugFree(em: EntityManager, slug: string, selfId: string | undefined): Promise<void> {
    const other = await em.getRepository(Issue).findOne({ select: { id: true, title: true }, where: { slug } });
    if (other && other.id !== selfId)
      throw conflict(`The slug "${slug}" is taken by "${other.title}" (id ${other.id})`, { existingIssueId: other.id });
  }

  private async writeActors(em: EntityManager, issueId: string, actorIds: string[]): Promise<void> {
    const unique = [...new Set(actorIds)];
    await assertAllExist(em, Actor, unique, 'actor');
    await em.delete(IssueActor, { issueId });
    if (unique.length)
      await em.insert(
        IssueActor,
        unique.map((actorId) => ({ issueId, actorId })),
      );
  }
}
