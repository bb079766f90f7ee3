import { codePointLength, codePointSlice, SortDirection } from '@newsroom/shared';
import type { EntityManager } from 'typeorm';
import { assertAllExist } from '../../database/exists';
import { paginate, type ConnectionResult, type SortSpec } from '../../graphql/connection';
import { badInput, notFound } from '../../graphql/errors';
import { Actor } from '../actor/actor.entity';
import { Article } from '../article/article.entity';
import { Issue } from '../issue/issue.entity';
import { subIssueIdsSql } from '../issue/issue.sql';
import { Quote, QuoteCoSpeaker, QuoteIssue } from './quote.entity';
import { QuoteOrderField, type CreateQuoteInput, type QuoteFilter, type QuotesArgs, type UpdateQuoteInput } from './quote.inputs';

const TSQUERY = "websearch_to_tsquery('english', :search)";

/** Checks that `text` is exactly what `body` holds between the offsets; the message says what is there instead. */
export function checkSpan(body: string, start: number, end: number, text: string, what = 'quote'): void {
  const length = codePointLength(body);
  if (end <= start) throw badInput(`endOffset (${end}) must be greater than startOffset (${start})`);
  if (end > length) {
    throw badInput(`endOffset ${end} is past the end of the article body (${length} characters)`, { bodyLength: length });
  }
  const found = codePointSlice(body, start, end);
  if (found !== text) {
    throw badInput(
      `The ${what} text does not match the article body at offsets ${start}-${end}: the body has "${found.length > 120 ? found.slice(0, 117) + '...' : found}" there`,
      { found, startOffset: start, endOffset: end },
    );
  }
}

export class QuoteService {
  constructor(private readonly db: EntityManager) {}

  async list(args: QuotesArgs): Promise<ConnectionResult<Quote>> {
    const qb = this.db.getRepository(Quote).createQueryBuilder('q');
    const filter: QuoteFilter = args.filter ?? {};
    if (filter.speakerId) {
      qb.andWhere(
        '(q.speaker_id = :speakerId OR EXISTS (SELECT 1 FROM quote_co_speakers cs WHERE cs.quote_id = q.id AND cs.actor_id = :speakerId))',
        { speakerId: filter.speakerId },
      );
    }
    if (filter.articleId) qb.andWhere('q.article_id = :articleId', { articleId: filter.articleId });
    if (filter.issueId) {
      const issues = filter.includeSubIssues ? `IN (${subIssueIdsSql(':issueId')})` : '= :issueId';
      qb.andWhere(`EXISTS (SELECT 1 FROM quote_issues qi WHERE qi.quote_id = q.id AND qi.issue_id ${issues})`, {
        issueId: filter.issueId,
      });
    }
    if (filter.kind) qb.andWhere('q.kind = :kind', { kind: filter.kind });
    if (filter.delivery) qb.andWhere('q.delivery = :delivery', { delivery: filter.delivery });
    if (filter.saidFrom) qb.andWhere('q.said_on >= :saidFrom', { saidFrom: filter.saidFrom });
    if (filter.saidTo) qb.andWhere('q.said_on <= :saidTo', { saidTo: filter.saidTo });
    if (filter.search) qb.andWhere(`q.search_vector @@ ${TSQUERY}`, { search: filter.search });

    const field = args.orderBy?.field ?? QuoteOrderField.SAID_ON;
    const direction = args.orderBy?.direction ?? SortDirection.DESC;
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
    return paginate(qb, 'q', args, sort);
  }

  async get(id: string): Promise<Quote | null> {
    return this.db.getRepository(Quote).findOneBy({ id });
  }

  async create(input: CreateQuoteInput): Promise<Quote> {
    return this.db.transaction(async (em) => {
      const article = await this.requireArticle(em, input.articleId);
      checkSpan(article.body, input.startOffset, input.endOffset, input.text);
      await assertAllExist(em, Actor, [input.speakerId, ...(input.coSpeakerIds ?? [])], 'actor');
      await assertAllExist(em, Issue, input.issueIds ?? [], 'issue');
      const quote = await em.getRepository(Quote).save(
        em.getRepository(Quote).create({
          text: input.text,
          kind: input.kind,
          speakerId: input.speakerId,
          articleId: input.articleId,
          startOffset: input.startOffset,
          endOffset: input.endOffset,
          saidOn: input.saidOn ?? article.publishedOn,
          delivery: input.delivery,
          deliveryContext: input.deliveryContext ?? null,
        }),
      );
      await this.writeLinks(em, quote.id, input.coSpeakerIds, input.issueIds, input.speakerId);
      return quote;
    });
  }

  async update(id: string, input: UpdateQuoteInput): Promise<Quote> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(Quote);
      const quote = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!quote) throw notFound('quote', id);
      const next = { ...quote };
      for (const key of ['text', 'kind', 'speakerId', 'articleId', 'startOffset', 'endOffset', 'saidOn', 'delivery', 'deliveryContext'] as const) {
        if (input[key] !== undefined) (next as Record<string, unknown>)[key] = input[key];
      }
      if (next.text !== quote.text || next.articleId !== quote.articleId || next.startOffset !== quote.startOffset || next.endOffset !== quote.endOffset) {
        const article = await this.requireArticle(em, next.articleId);
        checkSpan(article.body, next.startOffset, next.endOffset, next.text);
      }
      await assertAllExist(em, Actor, [next.speakerId, ...(input.coSpeakerIds ?? [])], 'actor');
      await assertAllExist(em, Issue, input.issueIds ?? [], 'issue');
      const saved = await repo.save(repo.merge(quote, next));
      await this.writeLinks(em, id, input.coSpeakerIds, input.issueIds, next.speakerId);
      return saved;
    });
  }

  async delete(id: string): Promise<string> {
    const result = await this.db.getRepository(Quote).delete({ id });
    if (!result.affected) throw notFound('quote', id);
    return id;
  }

  private async writeLinks(em: EntityManager, quoteId: string, coSpeakerIds: string[] | undefined, issueIds: string[] | undefined, speakerId: string) {
    if (coSpeakerIds) {
      await em.delete(QuoteCoSpeaker, { quoteId });
      const unique = [...new Set(coSpeakerIds)].filter((a) => a !== speakerId);
      if (unique.length) await em.insert(QuoteCoSpeaker, unique.map((actorId, position) => ({ quoteId, actorId, position })));
    }
    if (issueIds) {
      await em.delete(QuoteIssue, { quoteId });
      const unique = [...new Set(issueIds)];
      if (unique.length) await em.insert(QuoteIssue, unique.map((issueId) => ({ quoteId, issueId })));
    }
  }

  private async requireArticle(em: EntityManager, id: string): Promise<Article> {
    const article = await em.getRepository(Article).findOneBy({ id });
    if (!article) throw badInput(`articleId: no article with id ${id}`, { field: 'articleId' });
    return article;
  }

}
