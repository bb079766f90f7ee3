import { slugify, SortDirection } from '@newsroom/shared';
import type { EntityManager } from 'typeorm';
import { assertAllExist } from '../../database/exists';
import { paginate, type ConnectionResult, type SortSpec } from '../../graphql/connection';
import { badInput, conflict, notFound } from '../../graphql/errors';
import { Actor } from '../actor/actor.entity';
import { Issue, IssueActor } from './issue.entity';
import { IssueOrderField, type CreateIssueInput, type IssuesArgs, type UpdateIssueInput } from './issue.inputs';
import { subIssueIdsSql } from './issue.sql';

const RELEVANCE = 'word_similarity(lower(:search), i.search_names)';

export class IssueService {
  constructor(private readonly db: EntityManager) {}

  async list(args: IssuesArgs): Promise<ConnectionResult<Issue>> {
    const qb = this.db.getRepository(Issue).createQueryBuilder('i');
    const f = args.filter ?? {};
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
    return paginate(qb, 'i', args, sort);
  }

  async bySlug(slug: string): Promise<Issue | null> {
    return this.db.getRepository(Issue).findOneBy({ slug });
  }

  async create(input: CreateIssueInput): Promise<Issue> {
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
        }),
      );
      if (input.actorIds) await this.writeActors(em, issue.id, input.actorIds);
      return issue;
    });
  }

  async update(id: string, input: UpdateIssueInput): Promise<Issue> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(Issue);
      const issue = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!issue) throw notFound('issue', id);
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
      const saved = await repo.save(issue);
      if (input.actorIds) await this.writeActors(em, id, input.actorIds);
      return saved;
    });
  }

  /** Refused while narrower issues sit under it; its links to quotes and actors go with it. */
  async delete(id: string): Promise<string> {
    return this.db.transaction(async (em) => {
      const children = await em.getRepository(Issue).countBy({ parentId: id });
      if (children) throw conflict(`The issue has ${children} sub-issue(s); move or delete them first`, { childCount: children });
      const result = await em.getRepository(Issue).delete({ id });
      if (!result.affected) throw notFound('issue', id);
      return id;
    });
  }

  /** A parent may not be the issue itself or anything under it. Tree changes are serialised so two moves cannot close a loop together. */
  private async checkNoCycle(em: EntityManager, id: string, parentId: string | null): Promise<void> {
    if (!parentId) return;
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('issues.tree'))`);
    await assertAllExist(em, Issue, [parentId], 'issue');
    if (parentId === id) throw badInput('An issue cannot be its own parent');
    const rows: { id: string }[] = await em.query(`SELECT id FROM (${subIssueIdsSql('$1')}) s WHERE id = $2`, [id, parentId]);
    if (rows.length) throw badInput('That parent sits under this issue already: the move would make a cycle in the issue tree', { parentId });
  }

  private async checkSlugFree(em: EntityManager, slug: string, selfId: string | undefined): Promise<void> {
    const other = await em.getRepository(Issue).findOne({ select: { id: true, title: true }, where: { slug } });
    if (other && other.id !== selfId) throw conflict(`The slug "${slug}" is taken by "${other.title}" (id ${other.id})`, { existingIssueId: other.id });
  }

  private async writeActors(em: EntityManager, issueId: string, actorIds: string[]): Promise<void> {
    const unique = [...new Set(actorIds)];
    await assertAllExist(em, Actor, unique, 'actor');
    await em.delete(IssueActor, { issueId });
    if (unique.length) await em.insert(IssueActor, unique.map((actorId) => ({ issueId, actorId })));
  }
}
