import { CuratedType, ReviewStatus, SortDirection } from '@newsroom/shared';
import type { EntityManager } from 'typeorm';
import { audienceOf, type Viewer } from '../../auth/viewer';
import { assertAllExist } from '../../database/exists';
import { asEntity, entityColumns } from '../../database/select';
import { notDeleted, tablesFor } from '../../database/tables';
import type { CuratedService, ReviewService } from '../review/review.service';
import { paginate, type ConnectionResult, type SortSpec } from '../../graphql/connection';
import type { ConnectionProjection } from '../../graphql/read/compile';
import { badInput, conflict, notFound } from '../../graphql/errors';
import { ActorRole } from './actor-role.entity';
import { Actor } from './actor.entity';
import { ActorOrderField, type ActorRoleInput, type ActorsArgs, type CreateActorInput, type UpdateActorInput } from './actor.inputs';

type ActorFields = Omit<UpdateActorInput, 'expectedVersion'>;

/** Trimmed, without blanks or case-insensitive repeats, first spelling kept. */
function cleanNames(names: string[] | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of names ?? []) {
    const name = raw.trim().replace(/\s+/g, ' ');
    const key = name.toLowerCase();
    if (name && !seen.has(key)) {
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

/** Trigram closeness of the query to the best-matching name, alias or misspelling. */
const RELEVANCE = 'word_similarity(lower(:search), a.search_names)';

export class ActorService implements CuratedService {
  constructor(
    private readonly db: EntityManager,
    private readonly review: ReviewService,
  ) {}

  async list(args: ActorsArgs, viewer: Viewer, projection?: ConnectionProjection): Promise<ConnectionResult<Actor>> {
    const audience = audienceOf(viewer);
    const ds = this.db.connection;
    const qb = this.db
      .createQueryBuilder()
      .select(entityColumns(ds, Actor, 'a'))
      .from(tablesFor(audience).actors, 'a')
      .where(notDeleted(audience, 'a'));
    const f = args.filter ?? {};
    if (f.ids) qb.andWhere('a.id = ANY(:ids)', { ids: f.ids });
    if (f.status) qb.andWhere('a.status = :status', { status: f.status });
    if (f.kind) qb.andWhere('a.kind = :kind', { kind: f.kind });
    if (f.search) {
      // `<%` is word_similarity above pg_trgm's threshold, served by the trigram index.
      qb.andWhere('lower(:search) <% a.search_names', { search: f.search.trim() });
    }
    const field = args.orderBy?.field ?? (f.search ? ActorOrderField.RELEVANCE : ActorOrderField.NAME);
    const direction = args.orderBy?.direction ?? (field === ActorOrderField.NAME ? SortDirection.ASC : SortDirection.DESC);
    let sort: SortSpec;
    switch (field) {
      case ActorOrderField.RELEVANCE:
        if (!f.search) throw badInput('orderBy RELEVANCE needs filter.search');
        sort = { expression: `${RELEVANCE}::float8`, sqlType: 'float8', direction };
        break;
      case ActorOrderField.CREATED_AT:
        sort = { expression: 'a.created_at', sqlType: 'timestamptz', direction };
        break;
      default:
        sort = { expression: 'a.name', sqlType: 'text', direction };
    }
    return paginate(qb, 'a', args, sort, (row) => asEntity(ds, Actor, row), projection);
  }

  async create(input: CreateActorInput, viewer: Viewer): Promise<Actor> {
    return this.db.transaction(async (em) => {
      const names = this.checkNames(input.name, input.aliases, input.misspellings);
      await this.checkQid(em, input.wikidataQid ?? null, undefined);
      const repo = em.getRepository(Actor);
      const actor = await repo.save(
        repo.create({
          kind: input.kind,
          ...names,
          description: input.description ?? null,
          wikidataQid: input.wikidataQid ?? null,
          status: ReviewStatus.DRAFT,
          version: 1,
          createdById: viewer.user?.id ?? null,
          updatedById: viewer.user?.id ?? null,
        }),
      );
      if (input.roles) await this.writeRoles(em, actor.id, input.roles);
      await this.review.commitRevision(em, CuratedType.ACTOR, actor.id, 'create', viewer);
      return actor;
    });
  }

  async update(id: string, input: UpdateActorInput, viewer: Viewer): Promise<Actor> {
    return this.db.transaction((em) => this.applyUpdate(em, id, input, input.expectedVersion, viewer, 'update'));
  }

  private async applyUpdate(
    em: EntityManager,
    id: string,
    input: ActorFields,
    expectedVersion: number | undefined,
    viewer: Viewer,
    action: 'update' | 'restore',
    restoredFrom: number | null = null,
  ): Promise<Actor> {
    const ticket = await this.review.beginEdit(em, CuratedType.ACTOR, id, expectedVersion);
    const repo = em.getRepository(Actor);
    const actor = (await repo.findOneBy({ id }))!;
    const names = this.checkNames(input.name ?? actor.name, input.aliases ?? actor.aliases, input.misspellings ?? actor.misspellings);
    if (input.wikidataQid !== undefined) await this.checkQid(em, input.wikidataQid, id);
    Object.assign(actor, names);
    if (input.kind !== undefined) actor.kind = input.kind;
    if (input.description !== undefined) actor.description = input.description;
    if (input.wikidataQid !== undefined) actor.wikidataQid = input.wikidataQid;
    Object.assign(actor, { version: ticket.version, status: ticket.status, updatedById: viewer.user?.id ?? null });
    const saved = await repo.save(actor);
    if (input.roles) await this.writeRoles(em, id, input.roles);
    await this.review.commitRevision(em, CuratedType.ACTOR, id, action, viewer, restoredFrom);
    return saved;
  }

  /** Soft delete; refused while the actor speaks any live quote: quotes never lose their speaker. */
  async delete(id: string, expectedVersion: number | undefined, viewer: Viewer): Promise<string> {
    await this.db.transaction(async (em) => {
      const [{ count }] = await em.query(
        `SELECT (SELECT count(*) FROM quotes WHERE speaker_id = $1 AND deleted_at IS NULL)
              + (SELECT count(*) FROM quote_co_speakers cs JOIN quotes q ON q.id = cs.quote_id WHERE cs.actor_id = $1 AND q.deleted_at IS NULL) AS count`,
        [id],
      );
      if (Number(count) > 0) {
        throw conflict(`The actor still speaks ${count} quote(s); reassign or delete those quotes first`, { quoteCount: Number(count) });
      }
      await this.review.softDelete(em, CuratedType.ACTOR, id, expectedVersion, viewer);
    });
    return id;
  }

  async snapshot(em: EntityManager, id: string): Promise<Record<string, unknown>> {
    const actor = await em.getRepository(Actor).findOneBy({ id });
    if (!actor) throw notFound('actor', id);
    const roles = await em.getRepository(ActorRole).find({ where: { actorId: id }, order: { startedOn: 'ASC', title: 'ASC' } });
    return {
      kind: actor.kind,
      name: actor.name,
      aliases: actor.aliases,
      misspellings: actor.misspellings,
      description: actor.description,
      wikidataQid: actor.wikidataQid,
      roles: roles.map((r) => ({ title: r.title, organizationId: r.organizationId, startedOn: r.startedOn, endedOn: r.endedOn })),
    };
  }

  restore(em: EntityManager, id: string, snapshot: Record<string, unknown>, viewer: Viewer, restoredFrom: number): Promise<Actor> {
    return this.applyUpdate(em, id, snapshot as ActorFields, undefined, viewer, 'restore', restoredFrom);
  }

  private checkNames(name: string, aliases?: string[], misspellings?: string[]) {
    const canonical = name.trim().replace(/\s+/g, ' ');
    if (!canonical) throw badInput('name must not be blank');
    const cleanAliases = cleanNames(aliases).filter((a) => a.toLowerCase() !== canonical.toLowerCase());
    const cleanMisspellings = cleanNames(misspellings);
    const real = new Set([canonical, ...cleanAliases].map((n) => n.toLowerCase()));
    const clash = cleanMisspellings.filter((m) => real.has(m.toLowerCase()));
    if (clash.length) {
      throw badInput(`A misspelling cannot also be the name or an alias: ${clash.join(', ')}`, { misspellings: clash });
    }
    return { name: canonical, aliases: cleanAliases, misspellings: cleanMisspellings };
  }

  private async checkQid(em: EntityManager, qid: string | null, selfId: string | undefined): Promise<void> {
    if (!qid) return;
    const other = await em.getRepository(Actor).findOne({ select: { id: true, name: true }, where: { wikidataQid: qid } });
    if (other && other.id !== selfId) {
      throw conflict(`Wikidata ${qid} already belongs to ${other.name} (id ${other.id})`, { existingActorId: other.id });
    }
  }

  private async writeRoles(em: EntityManager, actorId: string, roles: ActorRoleInput[]): Promise<void> {
    roles.forEach((role, i) => {
      if (role.startedOn && role.endedOn && role.endedOn < role.startedOn) {
        throw badInput(`roles[${i}]: endedOn (${role.endedOn}) is before startedOn (${role.startedOn})`);
      }
    });
    await assertAllExist(
      em,
      Actor,
      roles.flatMap((r) => (r.organizationId ? [r.organizationId] : [])),
      'actor',
    );
    await em.delete(ActorRole, { actorId });
    if (roles.length) {
      await em.insert(
        ActorRole,
        roles.map((r) => ({
          actorId,
          title: r.title.trim(),
          organizationId: r.organizationId ?? null,
          startedOn: r.startedOn ?? null,
          endedOn: r.endedOn ?? null,
        })),
      );
    }
  }
}
