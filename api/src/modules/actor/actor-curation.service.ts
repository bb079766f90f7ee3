import { CuratedType, ReviewStatus } from '@newsroom/shared';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { AppError, badInput, conflict, notFound } from '../../graphql/errors';
import { recordAudit } from '../audit/audit.service';
import { CURATED } from '../review/curated.registry';
import type { ReviewService } from '../review/review.service';
import { ActorJudgement, ActorMerge } from './actor-curation.entity';
import { Actor } from './actor.entity';

export interface DuplicatePair {
  aId: string;
  bId: string;
  score: number;
  reasons: string[];
}

interface Moved {
  quoteIds: string[];
  coSpeakerQuoteIds: string[];
  droppedCoSpeakerQuoteIds: string[];
  mentionIds: string[];
  roleIds: string[];
  organizationRoleIds: string[];
  issueIds: string[];
  addedIssueIds: string[];
  addedAliases: string[];
  addedMisspellings: string[];
  sourceWasPublished: boolean;
}

const PREFIXES = ['', 'published_'] as const;

/**
 * Keeping one record per real actor: duplicate suggestions (trigram-similar
 * names, the same Wikidata id or the same post), "not the same" judgements that
 * are remembered, and merges that move everything and can be undone.
 */
export class ActorCurationService {
  constructor(
    private readonly db: EntityManager,
    private readonly review: ReviewService,
  ) {}

  async duplicates(first: number): Promise<DuplicatePair[]> {
    const rows: { a_id: string; b_id: string; score: number; same_qid: boolean; shared_role: string | null }[] = await this.db.query(
      `SELECT a.id AS a_id, b.id AS b_id,
              greatest(similarity(lower(a.name), lower(b.name)), word_similarity(lower(a.name), b.search_names), word_similarity(lower(b.name), a.search_names))::float8 AS score,
              coalesce(a.wikidata_qid = b.wikidata_qid, false) AS same_qid,
              (SELECT ra.title FROM actor_roles ra JOIN actor_roles rb ON lower(rb.title) = lower(ra.title)
                 AND rb.organization_id IS NOT DISTINCT FROM ra.organization_id
                WHERE ra.actor_id = a.id AND rb.actor_id = b.id LIMIT 1) AS shared_role
         FROM actors a
         JOIN actors b ON a.id < b.id AND a.kind = b.kind
          AND (lower(a.name) <% b.search_names OR lower(b.name) <% a.search_names OR a.wikidata_qid = b.wikidata_qid)
        WHERE a.deleted_at IS NULL AND b.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM actor_judgements j WHERE j.actor_a = a.id AND j.actor_b = b.id)
        ORDER BY coalesce(a.wikidata_qid = b.wikidata_qid, false) DESC, score DESC, a.id, b.id
        LIMIT $1`,
      [first],
    );
    return rows.map((r) => ({
      aId: r.a_id,
      bId: r.b_id,
      score: r.same_qid ? 1 : Number(r.score),
      reasons: [
        `names ${Math.round(Number(r.score) * 100)}% alike`,
        ...(r.same_qid ? ['same Wikidata id'] : []),
        ...(r.shared_role ? [`same post: ${r.shared_role}`] : []),
      ],
    }));
  }

  /** Recent merges, newest first, undone ones included (their undoneAt is set). */
  merges(first: number): Promise<ActorMerge[]> {
    return this.db.getRepository(ActorMerge).find({ order: { mergedAt: 'DESC' }, take: first });
  }

  /** Remembers that two actors are different: the pair is not suggested again. */
  async judgeDifferent(aId: string, bId: string, viewer: Viewer): Promise<boolean> {
    if (aId === bId) throw badInput('An actor is always the same as itself');
    const [first, second] = aId < bId ? [aId, bId] : [bId, aId];
    await this.db.transaction(async (em) => {
      const found = await em.getRepository(Actor).countBy([{ id: first }, { id: second }]);
      if (found !== 2) throw notFound('actor', `${first} or ${second}`);
      await em
        .createQueryBuilder()
        .insert()
        .into(ActorJudgement)
        .values({ actorA: first, actorB: second, judgedById: viewer.user?.id ?? null })
        .orIgnore()
        .execute();
      await recordAudit(em, viewer, { action: 'judgeActorsDifferent', entityType: 'ACTOR', entityId: first, details: { other: second } });
    });
    return true;
  }

  /** Moves everything of `sourceId` onto `targetId`, keeps the source's names as aliases and misspellings, deletes the source (soft). */
  async merge(sourceId: string, targetId: string, viewer: Viewer): Promise<ActorMerge> {
    if (sourceId === targetId) throw badInput('Pick two different actors to merge');
    return this.db.transaction(async (em) => {
      const source = await this.lockLive(em, sourceId);
      const target = await this.lockLive(em, targetId);
      if (source.kind !== target.kind) throw badInput(`Cannot merge a ${source.kind} into a ${target.kind}`);
      const sourceWasPublished = await this.isPublished(em, sourceId);
      if (sourceWasPublished && !(await this.isPublished(em, targetId))) {
        throw conflict(`Approve "${target.name}" first: "${source.name}" is public, and its approved quotes must keep an approved speaker`);
      }
      const ids = async (sql: string, params: unknown[] = [sourceId, targetId]) =>
        ((await em.query(sql, params)) as [{ id: string }[], number])[0].map((r) => r.id);
      const moved: Moved = {
        sourceWasPublished,
        droppedCoSpeakerQuoteIds: (
          (await em.query(
            `DELETE FROM quote_co_speakers cs WHERE cs.actor_id = $1
               AND (EXISTS (SELECT 1 FROM quote_co_speakers t WHERE t.quote_id = cs.quote_id AND t.actor_id = $2)
                    OR EXISTS (SELECT 1 FROM quotes q WHERE q.id = cs.quote_id AND q.speaker_id IN ($1, $2)))
             RETURNING cs.quote_id AS id`,
            [sourceId, targetId],
          )) as [{ id: string }[], number]
        )[0].map((r) => r.id),
        quoteIds: await ids('UPDATE quotes SET speaker_id = $2 WHERE speaker_id = $1 RETURNING id'),
        coSpeakerQuoteIds: await ids('UPDATE quote_co_speakers SET actor_id = $2 WHERE actor_id = $1 RETURNING quote_id AS id'),
        mentionIds: await ids('UPDATE article_mentions SET actor_id = $2 WHERE actor_id = $1 RETURNING id'),
        roleIds: await ids('UPDATE actor_roles SET actor_id = $2 WHERE actor_id = $1 RETURNING id'),
        organizationRoleIds: await ids('UPDATE actor_roles SET organization_id = $2 WHERE organization_id = $1 RETURNING id'),
        addedIssueIds: [],
        issueIds: [],
        addedAliases: [],
        addedMisspellings: [],
      };
      moved.addedIssueIds = (
        await em.query(
          `INSERT INTO issue_actors (issue_id, actor_id) SELECT issue_id, $2 FROM issue_actors WHERE actor_id = $1 ON CONFLICT DO NOTHING RETURNING issue_id AS id`,
          [sourceId, targetId],
        )
      ).map((r: { id: string }) => r.id);
      moved.issueIds = await ids('DELETE FROM issue_actors WHERE actor_id = $1 RETURNING issue_id AS id', [sourceId]);
      // The approved copies follow, so that clients never see a link to the deleted duplicate.
      await this.repointPublished(em, sourceId, targetId, moved);

      const known = new Set([target.name, ...target.aliases, ...target.misspellings].map((n) => n.toLowerCase()));
      moved.addedAliases = [source.name, ...source.aliases].filter((n) => !known.has(n.toLowerCase()));
      moved.addedMisspellings = source.misspellings.filter((n) => !known.has(n.toLowerCase()) && !moved.addedAliases.includes(n));
      await this.bumpActor(
        em,
        targetId,
        [...target.aliases, ...moved.addedAliases],
        [...target.misspellings, ...moved.addedMisspellings],
        viewer,
      );
      await this.bumpQuotes(em, [...new Set([...moved.quoteIds, ...moved.coSpeakerQuoteIds, ...moved.droppedCoSpeakerQuoteIds])], viewer);
      await this.review.softDelete(em, CuratedType.ACTOR, sourceId, undefined, viewer);

      const merge = await em.save(
        em.create(ActorMerge, {
          sourceId,
          targetId,
          mergedById: viewer.user?.id ?? null,
          moved: moved as unknown as Record<string, unknown>,
        }),
      );
      await recordAudit(em, viewer, {
        action: 'mergeActors',
        entityType: 'ACTOR',
        entityId: targetId,
        details: { sourceId, mergeId: merge.id },
      });
      return merge;
    });
  }

  /** Puts everything a merge moved back where it was, restores the duplicate and takes its names off the kept actor. */
  async undoMerge(mergeId: string, viewer: Viewer): Promise<ActorMerge> {
    return this.db.transaction(async (em) => {
      const merge = await em.findOne(ActorMerge, { where: { id: mergeId }, lock: { mode: 'pessimistic_write' } });
      if (!merge) throw notFound('merge', mergeId);
      if (merge.undoneAt) throw conflict('This merge was already undone');
      const m = merge.moved as unknown as Moved;
      const { sourceId, targetId } = merge;
      const target = await this.lockLive(em, targetId);
      await em.query(`UPDATE actors SET deleted_at = NULL WHERE id = $1`, [sourceId]);
      for (const prefix of PREFIXES) {
        if (prefix && m.sourceWasPublished) continue; // republished below, then repointed
        await this.moveBack(em, prefix, sourceId, targetId, m);
      }
      const version = await this.bumpActor(em, sourceId, undefined, undefined, viewer, 'restore');
      if (m.sourceWasPublished) {
        // Its roles come back with it when it is published again.
        await em.query('DELETE FROM published_actor_roles WHERE id = ANY($1::uuid[])', [m.roleIds]);
        await this.review.publish(em, CURATED[CuratedType.ACTOR], sourceId, ReviewStatus.APPROVED, version);
        await this.moveBack(em, 'published_', sourceId, targetId, m);
      }
      const drop = new Set([...m.addedAliases, ...m.addedMisspellings]);
      await this.bumpActor(
        em,
        targetId,
        target.aliases.filter((a) => !drop.has(a)),
        target.misspellings.filter((a) => !drop.has(a)),
        viewer,
      );
      await this.bumpQuotes(em, [...new Set([...m.quoteIds, ...m.coSpeakerQuoteIds, ...m.droppedCoSpeakerQuoteIds])], viewer);
      merge.undoneAt = new Date();
      await em.save(merge);
      await recordAudit(em, viewer, { action: 'undoActorMerge', entityType: 'ACTOR', entityId: targetId, details: { sourceId, mergeId } });
      return merge;
    });
  }

  private async moveBack(em: EntityManager, prefix: string, sourceId: string, targetId: string, m: Moved): Promise<void> {
    await em.query(`UPDATE ${prefix}quotes SET speaker_id = $1 WHERE id = ANY($2::uuid[])`, [sourceId, m.quoteIds]);
    await em.query(`UPDATE ${prefix}quote_co_speakers SET actor_id = $1 WHERE actor_id = $2 AND quote_id = ANY($3::uuid[])`, [
      sourceId,
      targetId,
      m.coSpeakerQuoteIds,
    ]);
    await em.query(
      `INSERT INTO ${prefix}quote_co_speakers (quote_id, actor_id) SELECT q, $1 FROM unnest($2::uuid[]) q
        WHERE EXISTS (SELECT 1 FROM ${prefix}quotes WHERE id = q) ON CONFLICT DO NOTHING`,
      [sourceId, m.droppedCoSpeakerQuoteIds],
    );
    await em.query(`UPDATE ${prefix}article_mentions SET actor_id = $1 WHERE id = ANY($2::uuid[])`, [sourceId, m.mentionIds]);
    await em.query(`UPDATE ${prefix}actor_roles SET actor_id = $1 WHERE id = ANY($2::uuid[])`, [sourceId, m.roleIds]);
    await em.query(`UPDATE ${prefix}actor_roles SET organization_id = $1 WHERE id = ANY($2::uuid[])`, [sourceId, m.organizationRoleIds]);
    await em.query(`DELETE FROM ${prefix}issue_actors WHERE actor_id = $1 AND issue_id = ANY($2::uuid[])`, [targetId, m.addedIssueIds]);
    await em.query(
      `INSERT INTO ${prefix}issue_actors (issue_id, actor_id) SELECT i, $1 FROM unnest($2::uuid[]) i
        WHERE EXISTS (SELECT 1 FROM ${prefix}issues WHERE id = i) ON CONFLICT DO NOTHING`,
      [sourceId, m.issueIds],
    );
  }

  private async repointPublished(em: EntityManager, sourceId: string, targetId: string, m: Moved): Promise<void> {
    const p = 'published_';
    await em.query(`DELETE FROM ${p}quote_co_speakers WHERE actor_id = $1 AND quote_id = ANY($2::uuid[])`, [
      sourceId,
      m.droppedCoSpeakerQuoteIds,
    ]);
    await em.query(`UPDATE ${p}quotes SET speaker_id = $2 WHERE speaker_id = $1`, [sourceId, targetId]);
    await em.query(`UPDATE ${p}quote_co_speakers SET actor_id = $2 WHERE actor_id = $1`, [sourceId, targetId]);
    await em.query(`UPDATE ${p}article_mentions SET actor_id = $2 WHERE actor_id = $1`, [sourceId, targetId]);
    await em.query(`UPDATE ${p}actor_roles SET actor_id = $2 WHERE actor_id = $1 AND EXISTS (SELECT 1 FROM ${p}actors WHERE id = $2)`, [
      sourceId,
      targetId,
    ]);
    await em.query(`UPDATE ${p}actor_roles SET organization_id = $2 WHERE organization_id = $1`, [sourceId, targetId]);
    await em.query(
      `INSERT INTO ${p}issue_actors (issue_id, actor_id) SELECT issue_id, $2 FROM ${p}issue_actors WHERE actor_id = $1 ON CONFLICT DO NOTHING`,
      [sourceId, targetId],
    );
    await em.query(`DELETE FROM ${p}issue_actors WHERE actor_id = $1`, [sourceId]);
  }

  private async lockLive(em: EntityManager, id: string): Promise<Actor> {
    const actor = await em.findOne(Actor, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!actor) throw notFound('actor', id);
    if (actor.deletedAt) throw new AppError('CONFLICT', `"${actor.name}" is deleted; restore it first`);
    return actor;
  }

  private async isPublished(em: EntityManager, id: string): Promise<boolean> {
    return (await em.query('SELECT 1 FROM published_actors WHERE id = $1', [id])).length > 0;
  }

  /** A new revision of an actor whose names or links a merge changed; it goes through review like any edit. */
  private async bumpActor(
    em: EntityManager,
    id: string,
    aliases: string[] | undefined,
    misspellings: string[] | undefined,
    viewer: Viewer,
    action: 'update' | 'restore' = 'update',
  ): Promise<number> {
    const ticket = await this.review.beginEdit(em, CuratedType.ACTOR, id, undefined);
    await em.query(
      `UPDATE actors SET version = $2, status = $3, updated_by = $4, updated_at = now(),
              aliases = coalesce($5::text[], aliases), misspellings = coalesce($6::text[], misspellings) WHERE id = $1`,
      [id, ticket.version, ticket.status, viewer.user?.id ?? null, aliases ?? null, misspellings ?? null],
    );
    await this.review.commitRevision(em, CuratedType.ACTOR, id, action, viewer);
    return ticket.version;
  }

  /**
   * Quotes whose speaker changed by a merge get a revision. Their approved copies
   * were repointed in the same transaction, so an approved quote stays approved.
   */
  private async bumpQuotes(em: EntityManager, ids: string[], viewer: Viewer): Promise<void> {
    if (!ids.length) return;
    await em.query(
      `UPDATE quotes SET version = version + 1,
              approved_version = CASE WHEN status = 'APPROVED' THEN version + 1 ELSE approved_version END,
              updated_by = $2, updated_at = now()
        WHERE id = ANY($1::uuid[])`,
      [ids, viewer.user?.id ?? null],
    );
    await em.query(
      `UPDATE published_quotes p SET version = q.version, approved_version = q.approved_version FROM quotes q WHERE q.id = p.id AND q.id = ANY($1::uuid[]) AND q.status = 'APPROVED'`,
      [ids],
    );
    for (const id of ids) await this.review.commitRevision(em, CuratedType.QUOTE, id, 'update', viewer);
  }
}
