import crypto from 'node:crypto';
import { codePointLength, codePointSlice, CuratedType, QuoteKind, ReviewStatus, SortDirection } from '@newsroom/shared';
import { IsNull, type EntityManager } from 'typeorm';
import { audienceOf, type Viewer } from '../../auth/viewer';
import { assertAllExist } from '../../database/exists';
import { asEntity, entityColumns } from '../../database/select';
import { notDeleted, tablesFor } from '../../database/tables';
import { paginate, type ConnectionResult, type SortSpec } from '../../graphql/connection';
import type { ConnectionProjection } from '../../graphql/read/compile';
import { badInput, conflict, notFound } from '../../graphql/errors';
import { Actor } from '../actor/actor.entity';
import { subIssueIdsSql } from '../issue/issue.sql';
import { Outlet } from '../outlet/outlet.entity';
import { Quote } from '../quote/quote.entity';
import type { CuratedService, ReviewService } from '../review/review.service';
import { checkSpan } from '../quote/quote.service';
import { ArticleMention } from './article-mention.entity';
import { Article } from './article.entity';
import {
  ArticleOrderField,
  type ArticlesArgs,
  type CreateArticleInput,
  type MentionInput,
  type UpdateArticleInput,
} from './article.inputs';

type ArticleFields = Omit<UpdateArticleInput, 'expectedVersion'>;

const TSQUERY = "websearch_to_tsquery('english', :search)";

/** Line endings and Unicode form normalised, so the same text always hashes the same. */
export function normaliseBody(body: string): string {
  return body.replace(/\r\n?/g, '\n').normalize('NFC');
}

export function contentHash(body: string): string {
  return crypto.createHash('sha256').update(normaliseBody(body).trim()).digest('hex');
}

export class ArticleService implements CuratedService {
  constructor(
    private readonly db: EntityManager,
    private readonly review: ReviewService,
  ) {}

  async list(args: ArticlesArgs, viewer: Viewer, projection?: ConnectionProjection): Promise<ConnectionResult<Article>> {
    const audience = audienceOf(viewer);
    const t = tablesFor(audience);
    const ds = this.db.connection;
    const qb = this.db
      .createQueryBuilder()
      .select(entityColumns(ds, Article, 'a'))
      .from(t.articles, 'a')
      .where(notDeleted(audience, 'a'));
    const f = args.filter ?? {};
    if (f.ids) qb.andWhere('a.id = ANY(:ids)', { ids: f.ids });
    if (f.status) qb.andWhere('a.status = :status', { status: f.status });
    if (f.outletId) qb.andWhere('a.outlet_id = :outletId', { outletId: f.outletId });
    if (f.publishedFrom) qb.andWhere('a.published_on >= :publishedFrom', { publishedFrom: f.publishedFrom });
    if (f.publishedTo) qb.andWhere('a.published_on <= :publishedTo', { publishedTo: f.publishedTo });
    if (f.actorId) {
      qb.andWhere(
        `(EXISTS (SELECT 1 FROM ${t.articleMentions} m WHERE m.article_id = a.id AND m.actor_id = :actorId)
          OR EXISTS (SELECT 1 FROM ${t.quotes} q WHERE q.article_id = a.id AND q.speaker_id = :actorId))`,
        { actorId: f.actorId },
      );
    }
    if (f.issueId) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM ${t.quotes} q JOIN ${t.quoteIssues} qi ON qi.quote_id = q.id
                  WHERE q.article_id = a.id AND qi.issue_id IN (${subIssueIdsSql(':issueId', t.issues)}))`,
        { issueId: f.issueId },
      );
    }
    if (f.search) qb.andWhere(`a.search_vector @@ ${TSQUERY}`, { search: f.search });

    const direction = args.orderBy?.direction ?? SortDirection.DESC;
    let sort: SortSpec;
    switch (args.orderBy?.field ?? ArticleOrderField.PUBLISHED_ON) {
      case ArticleOrderField.RELEVANCE:
        if (!f.search) throw badInput('orderBy RELEVANCE needs filter.search');
        sort = { expression: `ts_rank(a.search_vector, ${TSQUERY})::float8`, sqlType: 'float8', direction };
        break;
      case ArticleOrderField.CREATED_AT:
        sort = { expression: 'a.created_at', sqlType: 'timestamptz', direction };
        break;
      case ArticleOrderField.TITLE:
        sort = { expression: 'a.title', sqlType: 'text', direction };
        break;
      default:
        sort = { expression: 'a.published_on', sqlType: 'date', direction };
    }
    return paginate(qb, 'a', args, sort, (row) => asEntity(ds, Article, row), projection);
  }

  async listOutlets(): Promise<Outlet[]> {
    return this.db.getRepository(Outlet).find({ order: { name: 'ASC' } });
  }

  async create(input: CreateArticleInput, viewer: Viewer): Promise<Article> {
    const body = normaliseBody(input.body);
    return this.db.transaction(async (em) => {
      const hash = contentHash(body);
      const existing = await em
        .getRepository(Article)
        .findOne({ select: { id: true, title: true, deletedAt: true }, where: { contentHash: hash } });
      if (existing) {
        throw conflict(
          `This article is already stored as "${existing.title}" (id ${existing.id}${existing.deletedAt ? ', deleted: restore it instead' : ''})`,
          {
            existingArticleId: existing.id,
          },
        );
      }
      const outletId = await this.resolveOutlet(em, input.outletId, input.outletName);
      const article = await em.getRepository(Article).save(
        em.getRepository(Article).create({
          title: input.title.trim(),
          publishedOn: input.publishedOn,
          outletId: outletId ?? null,
          url: input.url ?? null,
          language: input.language,
          body,
          contentHash: hash,
          status: ReviewStatus.DRAFT,
          version: 1,
          createdById: viewer.user?.id ?? null,
          updatedById: viewer.user?.id ?? null,
        }),
      );
      if (input.mentions) await this.writeMentions(em, article, input.mentions);
      await this.review.commitRevision(em, CuratedType.ARTICLE, article.id, 'create', viewer);
      return article;
    });
  }

  async update(id: string, input: UpdateArticleInput, viewer: Viewer): Promise<Article> {
    return this.db.transaction((em) => this.applyUpdate(em, id, input, input.expectedVersion, viewer, 'update'));
  }

  private async applyUpdate(
    em: EntityManager,
    id: string,
    input: ArticleFields,
    expectedVersion: number | undefined,
    viewer: Viewer,
    action: 'update' | 'restore',
    restoredFrom: number | null = null,
  ): Promise<Article> {
    const ticket = await this.review.beginEdit(em, CuratedType.ARTICLE, id, expectedVersion);
    const repo = em.getRepository(Article);
    const article = (await repo.findOneBy({ id }))!;
    if (input.body !== undefined) {
      const body = normaliseBody(input.body);
      if (body !== article.body) {
        await this.checkQuotesStillMatch(em, id, body);
        article.body = body;
        article.contentHash = contentHash(body);
        if (!input.mentions) await this.checkMentionsStillMatch(em, id, body);
      }
    }
    if (input.outletId !== undefined || input.outletName !== undefined) {
      article.outletId = (await this.resolveOutlet(em, input.outletId ?? undefined, input.outletName ?? undefined)) ?? null;
    }
    if (input.title !== undefined) article.title = input.title.trim();
    if (input.publishedOn !== undefined) article.publishedOn = input.publishedOn;
    if (input.url !== undefined) article.url = input.url;
    if (input.language !== undefined) article.language = input.language;
    Object.assign(article, { version: ticket.version, status: ticket.status, updatedById: viewer.user?.id ?? null });
    const saved = await repo.save(article);
    if (input.mentions) await this.writeMentions(em, saved, input.mentions);
    await this.review.commitRevision(em, CuratedType.ARTICLE, id, action, viewer, restoredFrom);
    return saved;
  }

  /** Soft delete; refused while live quotes point into the article. */
  async delete(id: string, expectedVersion: number | undefined, viewer: Viewer): Promise<string> {
    await this.db.transaction(async (em) => {
      const quotes = await em.getRepository(Quote).countBy({ articleId: id, deletedAt: IsNull() });
      if (quotes) throw conflict(`The article still has ${quotes} quote(s); delete them first`, { quoteCount: quotes });
      await this.review.softDelete(em, CuratedType.ARTICLE, id, expectedVersion, viewer);
    });
    return id;
  }

  async snapshot(em: EntityManager, id: string): Promise<Record<string, unknown>> {
    const article = await em.getRepository(Article).findOneBy({ id });
    if (!article) throw notFound('article', id);
    const mentions = await em
      .getRepository(ArticleMention)
      .find({ where: { articleId: id }, order: { startOffset: 'ASC', actorId: 'ASC' } });
    return {
      title: article.title,
      publishedOn: article.publishedOn,
      outletId: article.outletId,
      url: article.url,
      language: article.language,
      body: article.body,
      mentions: mentions.map((m) => ({ actorId: m.actorId, startOffset: m.startOffset, endOffset: m.endOffset, text: m.text })),
    };
  }

  restore(em: EntityManager, id: string, snapshot: Record<string, unknown>, viewer: Viewer, restoredFrom: number): Promise<Article> {
    const { outletId, ...rest } = snapshot as ArticleFields & { outletId: string | null };
    return this.applyUpdate(em, id, { ...rest, ...(outletId ? { outletId } : {}) }, undefined, viewer, 'restore', restoredFrom);
  }

  private async resolveOutlet(em: EntityManager, outletId?: string, outletName?: string): Promise<string | undefined> {
    if (outletId && outletName) throw badInput('Give outletId or outletName, not both');
    if (outletId) {
      await assertAllExist(em, Outlet, [outletId], 'outlet');
      return outletId;
    }
    if (!outletName) return undefined;
    const name = outletName.trim();
    const rows: { id: string }[] = await em.query(
      `INSERT INTO outlets (name) VALUES ($1)
       ON CONFLICT (lower(name)) DO UPDATE SET name = outlets.name
       RETURNING id`,
      [name],
    );
    return rows[0].id;
  }

  private async writeMentions(em: EntityManager, article: Article, mentions: MentionInput[]): Promise<void> {
    await assertAllExist(
      em,
      Actor,
      mentions.map((m) => m.actorId),
      'actor',
    );
    const rows = mentions.map((m, i) => {
      const text = codePointSlice(article.body, m.startOffset, m.endOffset);
      if (m.text !== undefined) checkSpan(article.body, m.startOffset, m.endOffset, m.text, `mentions[${i}]`);
      else if (m.endOffset <= m.startOffset || !text.trim()) {
        throw badInput(`mentions[${i}]: offsets ${m.startOffset}-${m.endOffset} do not cover any text of the body`);
      }
      return { articleId: article.id, actorId: m.actorId, startOffset: m.startOffset, endOffset: m.endOffset, text };
    });
    await em.delete(ArticleMention, { articleId: article.id });
    if (rows.length) await em.insert(ArticleMention, rows);
  }

  private async checkQuotesStillMatch(em: EntityManager, articleId: string, body: string): Promise<void> {
    const quotes = await em.getRepository(Quote).find({ where: { articleId, deletedAt: IsNull() }, order: { startOffset: 'ASC' } });
    // Direct quotes must keep their exact words; paraphrases only need to stay inside the body.
    const length = codePointLength(body);
    const broken = quotes.filter((q) =>
      q.kind === QuoteKind.DIRECT ? codePointSlice(body, q.startOffset, q.endOffset) !== q.text : q.endOffset > length,
    );
    if (broken.length) {
      throw badInput(
        `The new body moves or changes the text of ${broken.length} quote(s) (${broken.map((q) => q.id).join(', ')}); fix their offsets first`,
        { brokenQuoteIds: broken.map((q) => q.id) },
      );
    }
  }

  private async checkMentionsStillMatch(em: EntityManager, articleId: string, body: string): Promise<void> {
    const mentions = await em.getRepository(ArticleMention).findBy({ articleId });
    const broken = mentions.filter((m) => codePointSlice(body, m.startOffset, m.endOffset) !== m.text);
    if (broken.length) {
      throw badInput(`The new body moves ${broken.length} actor mention(s); send the corrected mentions with it`, {
        brokenMentionIds: broken.map((m) => m.id),
      });
    }
  }
}
