import { codePointLength, codePointSlice, CuratedType, QuoteKind, ReviewStatus, SortDirection } from '@newsroom/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { audienceOf, type Viewer } from '../../auth/viewer';
import { assertAllExist } from '../../database/exists';
import { asEntity, entityColumns } from '../../database/select';
import { notDeleted, tablesFor } from '../../database/tables';
import { paginate, type ConnectionResult, type SortSpec } from '../../graphql/connection';
import type { ConnectionProjection } from '../../graphql/read/compile';
import { badInput, notFound } from '../../graphql/errors';
import { Actor } from '../actor/actor.entity';
import { Article } from '../article/article.entity';
import { Issue } from '../issue/issue.entity';
import { subIssueIdsSql } from '../issue/issue.sql';
import type { CuratedService, ReviewService } from '../review/review.service';
import { Quote, QuoteCoSpeaker, QuoteIssue } from './quote.entity';
import { speakerQuoteCandidatesSql } from './quote.sql';
import { QuoteOrderField, type CreateQuoteInput, type QuotesArgs, type UpdateQuoteInput } from './quote.inputs';

const TSQUERY = "websearch_to_tsquery('english', :search)";

/** Offsets must lie inside the body, end after start. */
export function checkRange(body: string, start: number, end: number): void {
  const length = codePointLength(body);
  if (end <= start) throw badInput(`endOffset (${end}) must be greater than startOffset (${start})`);
  if (end > length) {
    throw badInput(`endOffset ${end} is past the end of the article body (${length} characters)`, { bodyLength: length });
  }
}

/** Checks that `text` is exactly what `body` holds between the offsets; the message says what is there instead. */
export function checkSpan(body: string, start: number, end: number, text: string, what = 'quote'): void {
  checkRange(body, start, end);
  const found = codePointSlice(body, start, end);
  if (found !== text) {
    throw badInput(
      `The ${what} text does not match the article body at offsets ${start}-${end}: the body has "${found.length > 120 ? found.slice(0, 117) + '...' : found}" there`,
      { found, startOffset: start, endOffset: end },
    );
  }
}

type QuoteFields = Omit<UpdateQuoteInput, 'expectedVersion'>;

export interface VerbatimResult {
  matches: boolean;
  found: string;
}

/** Whether a quote's text is what its article holds at its offsets. */
export function verbatimCheck(body: string, quote: Pick<Quote, 'text' | 'startOffset' | 'endOffset'>): VerbatimResult {
  const found = codePointSlice(body, quote.startOffset, quote.endOffset);
  return { matches: found === quote.text, found };
}

export class QuoteService implements CuratedService {
  constructor(
    private readonly db: EntityManager,
    private readonly review: ReviewService,
  ) {}

  async list(args: QuotesArgs, viewer: Viewer, projection?: ConnectionProjection): Promise<ConnectionResult<Quote>> {
    const audience = audienceOf(viewer);
    const t = tablesFor(audience);
    const ds = this.db.connection;
    const filter = args.filter ?? {};
    // Quotes of one speaker and quotes of one issue read only a page of rows: the quote row exposes the
    // said_on of its narrow candidate (speakerQuoteCandidatesSql) or of its issue link (which carries its
    // quote's date, kept by triggers, under an (issue_id, said_on, quote_id) index), so the page's order
    // comes from those before any quote row is read.
    const oneIssue = filter.issueId && !filter.includeSubIssues && !filter.speakerId;
    const field = args.orderBy?.field ?? QuoteOrderField.SAID_ON;
    const direction = args.orderBy?.direction ?? SortDirection.DESC;
    const pageOrder = (direction === SortDirection.DESC) === (args.last == null) ? 'DESC' : 'ASC';
    const candidates = speakerQuoteCandidatesSql(t, ':speakerId', field === QuoteOrderField.SAID_ON ? pageOrder : undefined);
    const source = filter.speakerId
      ? `(SELECT ${datedColumns(ds, 'u')} FROM (${candidates}) u JOIN ${t.quotes} s ON s.id = u.id)`
      : oneIssue
        ? `(SELECT ${datedColumns(ds, 'qi')} FROM ${t.quoteIssues} qi JOIN ${t.quotes} s ON s.id = qi.quote_id WHERE qi.issue_id = :issueId)`
        : t.quotes;
    const qb = this.db
      .createQueryBuilder()
      .select(entityColumns(ds, Quote, 'q'))
      .from(source, 'q')
      .where(notDeleted(audience, 'q'));
    if (filter.speakerId) qb.setParameter('speakerId', filter.speakerId);
    if (filter.ids) qb.andWhere('q.id = ANY(:ids)', { ids: filter.ids });
    if (filter.articleId) qb.andWhere('q.article_id = :articleId', { articleId: filter.articleId });
    if (oneIssue) qb.setParameter('issueId', filter.issueId);
    else if (filter.issueId) {
      const issues = filter.includeSubIssues ? `IN (${subIssueIdsSql(':issueId', t.issues)})` : '= :issueId';
      qb.andWhere(`q.id IN (SELECT qi.quote_id FROM ${t.quoteIssues} qi WHERE qi.issue_id ${issues})`, {
        issueId: filter.issueId,
      });
    }
    if (filter.hasFactCheck !== undefined && filter.hasFactCheck !== null) {
      qb.andWhere(
        `${filter.hasFactCheck ? '' : 'NOT '}EXISTS (SELECT 1 FROM ${t.factChecks} f WHERE f.quote_id = q.id AND ${notDeleted(audience, 'f')})`,
      );
    }
    if (filter.kind) qb.andWhere('q.kind = :kind', { kind: filter.kind });
    if (filter.delivery) qb.andWhere('q.delivery = :delivery', { delivery: filter.delivery });
    if (filter.status) qb.andWhere('q.status = :status', { status: filter.status });
    if (filter.saidFrom) qb.andWhere('q.said_on >= :saidFrom', { saidFrom: filter.saidFrom });
    if (filter.saidTo) qb.andWhere('q.said_on <= :saidTo', { saidTo: filter.saidTo });
    if (filter.search) qb.andWhere(`q.search_vector @@ ${TSQUERY}`, { search: filter.search });

    let sort: SortSpec;
    switch (field) {
      case QuoteOrderField.RELEVANCE:
        if (!filter.search) throw badInput('orderBy RELEVANCE needs filter.search');
        sort = { expression: `ts_rank(q.search_vector, ${TSQUERY})::float8`, sqlType: 'float8', direction };
        break;
      case QuoteOrderField.CREATED_AT:
        sort = { expression: 'q.created_at', sqlType: 'timestamptz', direction };
        break;
      default:
        sort = { expression: 'q.said_on', sqlType: 'date', direction };
    }
    return paginate(qb, 'q', args, sort, (row) => asEntity(ds, Quote, row), projection);
  }

  async create(input: CreateQuoteInput, viewer: Viewer): Promise<Quote> {
    return this.db.transaction(async (em) => {
      const article = await this.requireArticle(em, input.articleId);
      // The verbatim check: a direct quote is exactly the article's words; a paraphrase only needs a place in it.
      if (input.kind === QuoteKind.DIRECT) checkSpan(article.body, input.startOffset, input.endOffset, input.text);
      else checkRange(article.body, input.startOffset, input.endOffset);
      await this.checkRefs(em, input.speakerId, input.coSpeakerIds, input.issueIds);
      const repo = em.getRepository(Quote);
      const quote = await repo.save(
        repo.create({
          text: input.text,
          kind: input.kind,
          speakerId: input.speakerId,
          articleId: input.articleId,
          startOffset: input.startOffset,
          endOffset: input.endOffset,
          saidOn: input.saidOn ?? article.publishedOn,
          delivery: input.delivery,
          deliveryContext: input.deliveryContext ?? null,
          status: ReviewStatus.DRAFT,
          version: 1,
          createdById: viewer.user?.id ?? null,
          updatedById: viewer.user?.id ?? null,
        }),
      );
      await this.writeLinks(em, quote.id, input.coSpeakerIds, input.issueIds, input.speakerId);
      await this.review.commitRevision(em, CuratedType.QUOTE, quote.id, 'create', viewer);
      return quote;
    });
  }

  async update(id: string, input: UpdateQuoteInput, viewer: Viewer): Promise<Quote> {
    return this.db.transaction((em) => this.applyUpdate(em, id, input, input.expectedVersion, viewer, 'update'));
  }

  private async applyUpdate(
    em: EntityManager,
    id: string,
    input: QuoteFields,
    expectedVersion: number | undefined,
    viewer: Viewer,
    action: 'update' | 'restore',
    restoredFrom: number | null = null,
  ): Promise<Quote> {
    const ticket = await this.review.beginEdit(em, CuratedType.QUOTE, id, expectedVersion);
    const repo = em.getRepository(Quote);
    const quote = (await repo.findOneBy({ id }))!;
    const next = { ...quote } as Quote;
    for (const key of [
      'text',
      'kind',
      'speakerId',
      'articleId',
      'startOffset',
      'endOffset',
      'saidOn',
      'delivery',
      'deliveryContext',
    ] as const) {
      if (input[key] !== undefined) (next as unknown as Record<string, unknown>)[key] = input[key];
    }
    if (
      next.kind !== quote.kind ||
      next.text !== quote.text ||
      next.articleId !== quote.articleId ||
      next.startOffset !== quote.startOffset ||
      next.endOffset !== quote.endOffset
    ) {
      const article = await this.requireArticle(em, next.articleId);
      checkRange(article.body, next.startOffset, next.endOffset);
      if (next.kind === QuoteKind.DIRECT && !verbatimCheck(article.body, next).matches) {
        if (!input.convertToParaphrase) {
          try {
            checkSpan(article.body, next.startOffset, next.endOffset, next.text);
          } catch (error) {
            (error as Error).message += '. To keep your wording, save it as a paraphrase (convertToParaphrase: true)';
            throw error;
          }
        }
        next.kind = QuoteKind.PARAPHRASE;
      }
    }
    await this.checkRefs(em, next.speakerId, input.coSpeakerIds, input.issueIds);
    Object.assign(quote, next, { version: ticket.version, status: ticket.status, updatedById: viewer.user?.id ?? null });
    const saved = await repo.save(quote);
    await this.writeLinks(em, id, input.coSpeakerIds, input.issueIds, next.speakerId);
    await this.review.commitRevision(em, CuratedType.QUOTE, id, action, viewer, restoredFrom);
    return saved;
  }

  async delete(id: string, expectedVersion: number | undefined, viewer: Viewer): Promise<string> {
    await this.db.transaction((em) => this.review.softDelete(em, CuratedType.QUOTE, id, expectedVersion, viewer));
    return id;
  }

  async snapshot(em: EntityManager, id: string): Promise<Record<string, unknown>> {
    const quote = await em.getRepository(Quote).findOneBy({ id });
    if (!quote) throw notFound('quote', id);
    const co = await em.getRepository(QuoteCoSpeaker).find({ where: { quoteId: id }, order: { position: 'ASC' } });
    const issues = await em.getRepository(QuoteIssue).find({ where: { quoteId: id }, order: { issueId: 'ASC' } });
    return {
      text: quote.text,
      kind: quote.kind,
      speakerId: quote.speakerId,
      coSpeakerIds: co.map((c) => c.actorId),
      articleId: quote.articleId,
      startOffset: quote.startOffset,
      endOffset: quote.endOffset,
      saidOn: quote.saidOn,
      delivery: quote.delivery,
      deliveryContext: quote.deliveryContext,
      issueIds: issues.map((i) => i.issueId),
    };
  }

  restore(em: EntityManager, id: string, snapshot: Record<string, unknown>, viewer: Viewer, restoredFrom: number): Promise<Quote> {
    return this.applyUpdate(em, id, snapshot as QuoteFields, undefined, viewer, 'restore', restoredFrom);
  }

  private async checkRefs(em: EntityManager, speakerId: string, coSpeakerIds?: string[], issueIds?: string[]): Promise<void> {
    await assertAllExist(em, Actor, [speakerId, ...(coSpeakerIds ?? [])], 'actor');
    await assertAllExist(em, Issue, issueIds ?? [], 'issue');
  }

  private async writeLinks(
    em: EntityManager,
    quoteId: string,
    coSpeakerIds: string[] | undefined,
    issueIds: string[] | undefined,
    speakerId: string,
  ) {
    if (coSpeakerIds) {
      await em.delete(QuoteCoSpeaker, { quoteId });
      const unique = [...new Set(coSpeakerIds)].filter((a) => a !== speakerId);
      if (unique.length)
        await em.insert(
          QuoteCoSpeaker,
          unique.map((actorId, position) => ({ quoteId, actorId, position })),
        );
    }
    if (issueIds) {
      await em.delete(QuoteIssue, { quoteId });
      const unique = [...new Set(issueIds)];
      if (unique.length)
        await em.insert(
          QuoteIssue,
          unique.map((issueId) => ({ quoteId, issueId })),
        );
    }
  }

  private async requireArticle(em: EntityManager, id: string): Promise<Article> {
    const article = await em.getRepository(Article).findOneBy({ id });
    if (!article || article.deletedAt) throw badInput(`articleId: no article with id ${id}`, { field: 'articleId' });
    return article;
  }
}

/** A quote row `s` whose said_on is read from `from` (a candidate or an issue link, equal by construction). */
function datedColumns(ds: DataSource, from: string): string {
  return ds
    .getMetadata(Quote)
    .columns.map((c) => (c.databaseName === 'said_on' ? `${from}.said_on` : `s."${c.databaseName}"`))
    .join(', ');
}
