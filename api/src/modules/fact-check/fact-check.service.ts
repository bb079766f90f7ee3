import {
  CLAIM_REVIEW_BEST,
  CLAIM_REVIEW_WORST,
  CuratedType,
  ReviewStatus,
  SortDirection,
  VERDICTS,
  verdictFromRating,
  type Verdict,
} from '@newsroom/shared';
import type { EntityManager } from 'typeorm';
import { audienceOf, type Viewer } from '../../auth/viewer';
import { assertAllExist } from '../../database/exists';
import { asEntity, entityColumns } from '../../database/select';
import { notDeleted, tablesFor } from '../../database/tables';
import { paginate, type ConnectionResult } from '../../graphql/connection';
import { badInput, conflict, notFound } from '../../graphql/errors';
import { Quote } from '../quote/quote.entity';
import type { CuratedService, ReviewService } from '../review/review.service';
import { FactCheck, FactCheckEvidence } from './fact-check.entity';
import type { CreateFactCheckInput, EvidenceInput, FactChecksArgs, UpdateFactCheckInput } from './fact-check.inputs';

type FactCheckFields = Omit<UpdateFactCheckInput, 'expectedVersion'>;

/** Who publishes our ClaimReviews: from the environment (CLAIMREVIEW_PUBLISHER_NAME, PUBLIC_BASE_URL). */
export function claimReviewPublisher() {
  const url = (process.env.PUBLIC_BASE_URL || 'http://localhost:4000').replace(/\/+$/, '');
  return { name: process.env.CLAIMREVIEW_PUBLISHER_NAME || 'Newsroom knowledge base', url };
}

interface ClaimRow {
  id: string;
  verdict: Verdict;
  summary: string;
  context: string | null;
  approved_at: Date | null;
  checked_at: Date;
  quote_text: string;
  said_on: string;
  speaker_kind: string;
  speaker_name: string;
  speaker_qid: string | null;
  job_title: string | null;
  article_title: string;
  article_url: string | null;
  published_on: string;
  outlet_name: string | null;
  evidence: { url: string; title: string | null }[];
}

export class FactCheckService implements CuratedService {
  constructor(
    private readonly db: EntityManager,
    private readonly review: ReviewService,
  ) {}

  async list(args: FactChecksArgs, viewer: Viewer): Promise<ConnectionResult<FactCheck>> {
    const audience = audienceOf(viewer);
    const ds = this.db.connection;
    const qb = this.db
      .createQueryBuilder()
      .select(entityColumns(ds, FactCheck, 'f'))
      .from(tablesFor(audience).factChecks, 'f')
      .where(notDeleted(audience, 'f'));
    const filter = args.filter ?? {};
    if (filter.verdict) qb.andWhere('f.verdict = :verdict', { verdict: filter.verdict });
    if (filter.status) qb.andWhere('f.status = :status', { status: filter.status });
    if (filter.quoteId) qb.andWhere('f.quote_id = :quoteId', { quoteId: filter.quoteId });
    const sort = { expression: 'f.checked_at', sqlType: 'timestamptz' as const, direction: args.direction ?? SortDirection.DESC };
    return paginate(qb, 'f', args, sort, (row) => asEntity(ds, FactCheck, row));
  }

  async create(input: CreateFactCheckInput, viewer: Viewer): Promise<FactCheck> {
    return this.db.transaction(async (em) => {
      await assertAllExist(em, Quote, [input.quoteId], 'quote');
      const existing = await em
        .getRepository(FactCheck)
        .findOne({ select: { id: true, deletedAt: true }, where: { quoteId: input.quoteId } });
      if (existing) {
        throw conflict(
          `This quote already has a fact-check (id ${existing.id}${existing.deletedAt ? ', deleted: restore it instead' : ''}); edit that one`,
          {
            existingFactCheckId: existing.id,
          },
        );
      }
      const repo = em.getRepository(FactCheck);
      const check = await repo.save(
        repo.create({
          quoteId: input.quoteId,
          verdict: input.verdict,
          summary: input.summary.trim(),
          context: input.context?.trim() || null,
          checkedById: viewer.user?.id ?? null,
          checkedAt: new Date(),
          status: ReviewStatus.DRAFT,
          version: 1,
          createdById: viewer.user?.id ?? null,
          updatedById: viewer.user?.id ?? null,
        }),
      );
      await this.writeEvidence(em, check.id, input.evidence ?? []);
      await this.review.commitRevision(em, CuratedType.FACT_CHECK, check.id, 'create', viewer);
      return check;
    });
  }

  async update(id: string, input: UpdateFactCheckInput, viewer: Viewer): Promise<FactCheck> {
    return this.db.transaction((em) => this.applyUpdate(em, id, input, input.expectedVersion, viewer, 'update'));
  }

  private async applyUpdate(
    em: EntityManager,
    id: string,
    input: FactCheckFields,
    expectedVersion: number | undefined,
    viewer: Viewer,
    action: 'update' | 'restore',
    restoredFrom: number | null = null,
  ): Promise<FactCheck> {
    const ticket = await this.review.beginEdit(em, CuratedType.FACT_CHECK, id, expectedVersion);
    const repo = em.getRepository(FactCheck);
    const check = (await repo.findOneBy({ id }))!;
    if (input.verdict !== undefined) check.verdict = input.verdict;
    if (input.summary !== undefined) check.summary = input.summary.trim();
    if (input.context !== undefined) check.context = input.context?.trim() || null;
    Object.assign(check, {
      version: ticket.version,
      status: ticket.status,
      updatedById: viewer.user?.id ?? null,
      checkedById: viewer.user?.id ?? check.checkedById,
      checkedAt: new Date(),
    });
    const saved = await repo.save(check);
    if (input.evidence) await this.writeEvidence(em, id, input.evidence);
    await this.review.commitRevision(em, CuratedType.FACT_CHECK, id, action, viewer, restoredFrom);
    return saved;
  }

  async delete(id: string, expectedVersion: number | undefined, viewer: Viewer): Promise<string> {
    await this.db.transaction((em) => this.review.softDelete(em, CuratedType.FACT_CHECK, id, expectedVersion, viewer));
    return id;
  }

  async snapshot(em: EntityManager, id: string): Promise<Record<string, unknown>> {
    const check = await em.getRepository(FactCheck).findOneBy({ id });
    if (!check) throw notFound('fact-check', id);
    const evidence = await em.getRepository(FactCheckEvidence).find({ where: { factCheckId: id }, order: { position: 'ASC' } });
    return {
      quoteId: check.quoteId,
      verdict: check.verdict,
      summary: check.summary,
      context: check.context,
      evidence: evidence.map((e) => ({ url: e.url, title: e.title, note: e.note, accessedOn: e.accessedOn })),
    };
  }

  restore(em: EntityManager, id: string, snapshot: Record<string, unknown>, viewer: Viewer, restoredFrom: number): Promise<FactCheck> {
    const { quoteId: _quoteId, ...fields } = snapshot as FactCheckFields & { quoteId: string };
    return this.applyUpdate(em, id, fields, undefined, viewer, 'restore', restoredFrom);
  }

  private async writeEvidence(em: EntityManager, factCheckId: string, evidence: EvidenceInput[]): Promise<void> {
    await em.delete(FactCheckEvidence, { factCheckId });
    if (evidence.length) {
      await em.insert(
        FactCheckEvidence,
        evidence.map((e, position) => ({
          factCheckId,
          url: e.url,
          title: e.title ?? null,
          note: e.note ?? null,
          accessedOn: e.accessedOn ?? null,
          position,
        })),
      );
    }
  }

  /**
   * Another publisher's ClaimReview (JSON-LD) as a new DRAFT fact-check of one of
   * our quotes: its rating mapped onto our verdicts, its review and appearances as evidence.
   */
  async importClaimReview(quoteId: string, document: Record<string, unknown>, viewer: Viewer): Promise<FactCheck> {
    const review = findClaimReview(document);
    if (!review) throw badInput('No ClaimReview found: expected an object with "@type": "ClaimReview" (alone, in an array or in @graph)');
    const rating = (review.reviewRating ?? {}) as Record<string, unknown>;
    const verdict = verdictFromRating(rating as Parameters<typeof verdictFromRating>[0]);
    if (!verdict) {
      throw badInput(
        `Cannot map the rating ${JSON.stringify(rating.alternateName ?? rating.ratingValue ?? null)} onto a verdict; give alternateName or ratingValue with bestRating/worstRating`,
      );
    }
    const author = (review.author ?? {}) as Record<string, unknown>;
    const item = (review.itemReviewed ?? {}) as Record<string, unknown>;
    const appearances = ([] as unknown[]).concat(item.appearance ?? [], item.firstAppearance ?? []) as Record<string, unknown>[];
    const evidence: EvidenceInput[] = [];
    if (typeof review.url === 'string')
      evidence.push({
        url: review.url,
        title: `Fact-check by ${String(author.name ?? 'another publisher')}`,
        note: null,
        accessedOn: null,
      });
    for (const a of appearances)
      if (typeof a?.url === 'string')
        evidence.push({
          url: a.url,
          title: typeof a.headline === 'string' ? a.headline : 'Appearance of the claim',
          note: null,
          accessedOn: null,
        });
    const summary = String(review.reviewBody ?? review.description ?? rating.alternateName ?? VERDICTS[verdict].label).slice(0, 10_000);
    return this.create(
      {
        quoteId,
        verdict,
        summary,
        context: `Imported from a ClaimReview by ${String(author.name ?? 'an unnamed publisher')}${review.datePublished ? ` published ${String(review.datePublished)}` : ''}: "${String(review.claimReviewed ?? '')}".`,
        evidence: evidence.filter((e) => /^https?:\/\//.test(e.url)),
      },
      viewer,
    );
  }

  /** Approved fact-checks as ClaimReview JSON-LD, newest approval first, `first` from the cursor on. */
  async claimReviews(first: number, after?: string): Promise<{ items: Record<string, unknown>[]; next: string | null }> {
    const [afterAt, afterId] = after ? decodeFeedCursor(after) : [null, null];
    const rows = await claimRows(this.db, null, afterAt, afterId, first + 1);
    const page = rows.slice(0, first);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => toClaimReview(row)),
      next: rows.length > first && last ? Buffer.from(JSON.stringify([last.sort_at, last.id])).toString('base64url') : null,
    };
  }
}

/** ClaimReview JSON-LD of the approved fact-check of each quote (null when none), one statement. */
export async function claimReviewsForQuotes(db: EntityManager, quoteIds: readonly string[]): Promise<(Record<string, unknown> | null)[]> {
  const rows = await claimRows(db, [...quoteIds], null, null, quoteIds.length);
  const byQuote = new Map(rows.map((row) => [row.quote_id, toClaimReview(row)]));
  return quoteIds.map((id) => byQuote.get(id) ?? null);
}

/** Approved fact-checks with everything ClaimReview needs, from the published tables only. */
function claimRows(
  db: EntityManager,
  quoteIds: string[] | null,
  afterAt: string | null,
  afterId: string | null,
  limit: number,
): Promise<(ClaimRow & { sort_at: string; quote_id: string })[]> {
  return db.query(
    `SELECT f.id, f.quote_id, f.verdict, f.summary, f.context, r.approved_at, f.checked_at, coalesce(r.approved_at, f.checked_at)::text AS sort_at,
              q.text AS quote_text, q.said_on, a.kind AS speaker_kind, a.name AS speaker_name, a.wikidata_qid AS speaker_qid,
              (SELECT ro.title || coalesce(', ' || org.name, '') FROM published_actor_roles ro LEFT JOIN published_actors org ON org.id = ro.organization_id
                WHERE ro.actor_id = a.id AND (ro.started_on IS NULL OR ro.started_on <= q.said_on) AND (ro.ended_on IS NULL OR ro.ended_on >= q.said_on)
                ORDER BY ro.started_on DESC NULLS LAST LIMIT 1) AS job_title,
              ar.title AS article_title, ar.url AS article_url, ar.published_on, o.name AS outlet_name,
              array_to_json(ARRAY(SELECT json_build_object('url', e.url, 'title', e.title) FROM published_fact_check_evidence e
                                   WHERE e.fact_check_id = f.id ORDER BY e.position)) AS evidence
         FROM published_fact_checks f
         JOIN published_quotes q ON q.id = f.quote_id
         JOIN published_actors a ON a.id = q.speaker_id
         JOIN published_articles ar ON ar.id = q.article_id
         LEFT JOIN outlets o ON o.id = ar.outlet_id
         LEFT JOIN revisions r ON r.entity_id = f.id AND r.number = f.approved_version
        WHERE ($1::uuid[] IS NULL OR f.quote_id = ANY($1::uuid[]))
          AND ($2::timestamptz IS NULL OR (coalesce(r.approved_at, f.checked_at), f.id) < ($2::timestamptz, $3::uuid))
        ORDER BY coalesce(r.approved_at, f.checked_at) DESC, f.id DESC
        LIMIT $4`,
    [quoteIds, afterAt, afterId, limit],
  );
}

function decodeFeedCursor(cursor: string): [string, string] {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof at === 'string' && typeof id === 'string') return [at, id];
  } catch {
    // falls through
  }
  throw badInput('"after" is not a cursor from this feed');
}

function findClaimReview(document: unknown): Record<string, unknown> | null {
  if (Array.isArray(document)) {
    for (const item of document) {
      const found = findClaimReview(item);
      if (found) return found;
    }
    return null;
  }
  if (!document || typeof document !== 'object') return null;
  const object = document as Record<string, unknown>;
  const type = object['@type'];
  if (type === 'ClaimReview' || (Array.isArray(type) && type.includes('ClaimReview'))) return object;
  return object['@graph'] ? findClaimReview(object['@graph']) : null;
}

/** schema.org ClaimReview for one approved fact-check. */
export function toClaimReview(row: ClaimRow): Record<string, unknown> {
  const publisher = claimReviewPublisher();
  const info = VERDICTS[row.verdict];
  const date = (value: Date | string | null) => (value ? new Date(value).toISOString().slice(0, 10) : undefined);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${publisher.url}/fact-checks/${row.id}`,
    claimReviewed: row.quote_text,
    reviewBody: row.summary,
    ...(row.context ? { description: row.context } : {}),
    datePublished: date(row.approved_at ?? row.checked_at),
    author: { '@type': 'Organization', name: publisher.name, url: publisher.url },
    reviewRating: {
      '@type': 'Rating',
      ...(info.rating !== null ? { ratingValue: info.rating } : {}),
      bestRating: CLAIM_REVIEW_BEST,
      worstRating: CLAIM_REVIEW_WORST,
      alternateName: info.label,
    },
    itemReviewed: {
      '@type': 'Claim',
      author: {
        '@type': row.speaker_kind === 'PERSON' ? 'Person' : 'Organization',
        name: row.speaker_name,
        ...(row.job_title ? { jobTitle: row.job_title } : {}),
        ...(row.speaker_qid ? { sameAs: `https://www.wikidata.org/wiki/${row.speaker_qid}` } : {}),
      },
      datePublished: row.said_on,
      appearance: {
        '@type': 'NewsArticle',
        headline: row.article_title,
        datePublished: row.published_on,
        ...(row.article_url ? { url: row.article_url } : {}),
        ...(row.outlet_name ? { publisher: { '@type': 'Organization', name: row.outlet_name } } : {}),
      },
    },
    ...(row.evidence.length
      ? { citation: row.evidence.map((e) => ({ '@type': 'CreativeWork', url: e.url, ...(e.title ? { name: e.title } : {}) })) }
      : {}),
  };
}
