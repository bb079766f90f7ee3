import { LIMITS } from '@newsroom/shared';
import { IsNull, type EntityManager } from 'typeorm';
import type { Viewer } from '../../auth/viewer';
import { AppError, badInput, notFound } from '../../graphql/errors';
import { Article } from '../article/article.entity';
import type { MentionInput } from '../article/article.inputs';
import { contentHash, type ArticleService } from '../article/article.service';
import { Quote } from '../quote/quote.entity';
import { extractArticle } from './extractor';
import { decodeText, parseDatedText, parsePlainText } from './import.parsers';
import { LANGUAGE_TAG, type ImportArticleInput } from './import.inputs';
import {
  ActorMatchVia,
  ImportStatus,
  SpeakerResolution,
  type ActorSuggestion,
  type ArticleSuggestions,
  type ImportResult,
  type QuoteSuggestion,
  type SpeakerSuggestion,
  type TextSpan,
} from './import.objects';
import type { ExtractedActor, ExtractionResult, ParsedArticle, ParseFailure, ParseResult, Span } from './import.types';
import type { ActorMatcher, IssueMatcher } from './matchers';
import { SqlActorMatcher, SqlIssueMatcher } from './matchers.sql';
import { quoteContext } from './quote-context';

/** One item of a batch: imported, a duplicate (nothing created), or failed with the reason. */
export type ImportOutcome =
  | (ImportResult & { source: string; status: ImportStatus.IMPORTED; suggestions: ArticleSuggestions })
  | (ImportResult & { source: string; status: ImportStatus.DUPLICATE; suggestions: null })
  | { source: string; status: 'FAILED'; code: ParseFailure['code'] | 'REFUSED'; message: string };

export interface ImportServiceOptions {
  /** Defaults: SQL matchers over the same EntityManager, shared by every import this service runs. */
  actorMatcher?: ActorMatcher;
  issueMatcher?: IssueMatcher;
}

/**
 * Mentions are written in one INSERT (five parameters a row; PostgreSQL takes at most 65,535): beyond this
 * many the rest are left as suggestions only.
 */
export const MAX_STORED_MENTIONS = 10_000;

const URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

function span(s: Span): TextSpan {
  return { startOffset: s.start, endOffset: s.end, text: s.text };
}

const VIA: Record<NonNullable<ExtractedActor['matchedVia']>, ActorMatchVia> = {
  name: ActorMatchVia.NAME,
  alias: ActorMatchVia.ALIAS,
  misspelling: ActorMatchVia.MISSPELLING,
  trigram: ActorMatchVia.TRIGRAM,
};

/** Turns the extractor's result into the suggestions the API and the CLI return. */
export function toSuggestions(
  article: { id: string; body: string; publishedOn: string },
  result: ExtractionResult,
  storedQuotes: Map<string, string> = new Map(),
): ArticleSuggestions {
  const articleId = article.id;
  const actorsByName = new Map<string, ExtractedActor>();
  for (const a of result.actors) if (!actorsByName.has(a.name)) actorsByName.set(a.name, a);
  const named = (name: string, actorId: string | null, mention: Span | null): SpeakerSuggestion => {
    const actor = actorsByName.get(name);
    const id = actorId ?? actor?.matchedActorId ?? null;
    if (id)
      return { name, resolution: SpeakerResolution.MATCHED, actorId: id, kind: actor?.kind ?? null, mention: mention && span(mention) };
    if (actor) return { name, resolution: SpeakerResolution.NEW, actorId: null, kind: actor.kind, mention: mention && span(mention) };
    // Not an actor the extractor grouped: the words of an unnamed source ("a company spokeswoman").
    return { name, resolution: SpeakerResolution.UNNAMED, actorId: null, kind: null, mention: mention && span(mention) };
  };
  const quotes: QuoteSuggestion[] = result.quotes.map((q) => ({
    ...quoteContext(article.body, q.start, q.end, article.publishedOn),
    text: q.text,
    startOffset: q.start,
    endOffset: q.end,
    kind: q.kind,
    speaker: q.speaker ? named(q.speaker, q.speakerActorId, q.speakerMention) : null,
    coSpeakers: q.coSpeakers.map((name) => named(name, null, null)),
    cue: q.cue && span(q.cue),
    confidence: q.confidence,
    existingQuoteId: storedQuotes.get(`${q.start}:${q.end}`) ?? null,
  }));
  const actors: ActorSuggestion[] = result.actors.map((a) => ({
    name: a.name,
    kind: a.kind,
    mentions: a.mentions.map(span),
    matchedActorId: a.matchedActorId,
    matchedVia: a.matchedVia ? VIA[a.matchedVia] : null,
    spellingToRecord: a.matchedActorId ? a.spellingToRecord : null,
    isNew: !a.matchedActorId,
  }));
  return {
    articleId,
    quotes,
    actors,
    issues: result.issues.map((i) => ({ issueId: i.id, title: i.title, confidence: i.confidence })),
  };
}

/** The mentions to store with a new article: every place an existing actor is named, once per span. */
export function mentionsToStore(result: ExtractionResult): MentionInput[] {
  const seen = new Set<string>();
  const mentions: MentionInput[] = [];
  for (const actor of result.actors) {
    if (!actor.matchedActorId) continue;
    for (const m of actor.mentions) {
      const key = `${m.start}:${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      mentions.push({ actorId: actor.matchedActorId, startOffset: m.start, endOffset: m.end, text: m.text });
    }
  }
  return mentions.sort((a, b) => a.startOffset - b.startOffset).slice(0, MAX_STORED_MENTIONS);
}

/**
 * Article import (issue 5). Stores each new article as a DRAFT through ArticleService.create, with the
 * mentions of actors that already exist, and returns what extraction suggests. It creates nothing else:
 * no actor, quote or issue link is written until an editor confirms the suggestion with the ordinary
 * mutations, and so goes through review like any other edit. The same body twice is a DUPLICATE, never
 * a second article. One instance may serve a whole batch (its matchers cache what they look up).
 */
export class ImportService {
  private readonly actorMatcher: ActorMatcher;
  private readonly issueMatcher: IssueMatcher;

  constructor(
    private readonly db: EntityManager,
    private readonly articles: ArticleService,
    options: ImportServiceOptions = {},
  ) {
    this.actorMatcher = options.actorMatcher ?? new SqlActorMatcher(db);
    this.issueMatcher = options.issueMatcher ?? new SqlIssueMatcher(db);
  }

  /** Reads the GraphQL input: the import format in `text`, or plain text with its title and date. */
  parseRequest(input: ImportArticleInput): ParsedArticle {
    const hasText = input.text !== undefined && input.text !== null;
    const hasPlain = [input.title, input.publishedOn, input.body].some((v) => v !== undefined && v !== null);
    if (hasText && hasPlain) throw badInput('Give either text (the import format) or title, publishedOn and body, not both');
    if (!hasText && !hasPlain) throw badInput('Give text (the import format) or title, publishedOn and body');
    const source = hasText ? 'text' : 'body';
    const raw = (hasText ? input.text : input.body) ?? '';
    const decoded = decodeText(source, Buffer.from(raw, 'utf8'));
    let result: ParseResult;
    if (!decoded.ok) result = { ok: false, error: decoded.error };
    else if (hasText) result = parseDatedText(decoded.text, source);
    else {
      const missing = (['title', 'publishedOn', 'body'] as const).filter((k) => !input[k]);
      if (missing.length) throw badInput(`Plain text needs ${missing.join(', ')} as well`, { importError: 'MISSING_FIELD', missing });
      result = parsePlainText(decoded.text, { title: input.title!, publishedOn: input.publishedOn! }, source);
    }
    if (!result.ok) throw badInput(result.error.message, { importError: result.error.code });
    const article = result.article;
    if (input.outletName) article.outlet = input.outletName.trim();
    if (input.url) article.url = input.url.trim();
    if (input.language) article.language = input.language.trim();
    return article;
  }

  /** Imports one article read by the parsers; problems with the item come back as a FAILED outcome, never thrown. */
  async importParsed(parsed: ParseResult, viewer: Viewer): Promise<ImportOutcome> {
    if (!parsed.ok) return { source: parsed.error.source, status: 'FAILED', code: parsed.error.code, message: parsed.error.message };
    const a = parsed.article;
    const invalid = this.checkFields(a);
    if (invalid) return { source: a.source, status: 'FAILED', code: 'INVALID_FIELD', message: `${a.source}: ${invalid}` };
    try {
      return { source: a.source, ...(await this.importArticle(a, viewer)) } as ImportOutcome;
    } catch (error) {
      if (error instanceof AppError && error.code !== 'INTERNAL_SERVER_ERROR') {
        return { source: a.source, status: 'FAILED', code: 'REFUSED', message: `${a.source}: ${error.message}` };
      }
      throw error;
    }
  }

  /**
   * Stores one article as a DRAFT with the mentions of existing actors, or reports the stored article it
   * duplicates (creating nothing). Throws AppError for a refused field (outlet name, url).
   */
  async importArticle(article: ParsedArticle, viewer: Viewer): Promise<ImportResult> {
    const invalid = this.checkFields(article);
    if (invalid) throw badInput(invalid, { importError: 'INVALID_FIELD' });
    const duplicate = await this.findDuplicate(article.body);
    if (duplicate) return duplicate;
    const extraction = await extractArticle(article, { actorMatcher: this.actorMatcher, issueMatcher: this.issueMatcher });
    const mentions = mentionsToStore(extraction);
    let stored: Article;
    try {
      stored = await this.articles.create(
        {
          title: article.title,
          publishedOn: article.publishedOn,
          outletName: article.outlet ?? undefined,
          url: article.url,
          language: article.language,
          body: article.body,
          mentions,
        },
        viewer,
      );
    } catch (error) {
      // Stored by someone else since the check above: the same answer as a duplicate.
      if (error instanceof AppError && error.code === 'CONFLICT' && error.details.existingArticleId) {
        const again = await this.findDuplicate(article.body);
        if (again) return again;
      }
      throw error;
    }
    const suggestions = toSuggestions(stored, extraction);
    const matched = suggestions.actors.filter((x) => !x.isNew).length;
    return {
      status: ImportStatus.IMPORTED,
      message:
        `Imported "${stored.title}" as a DRAFT: ${suggestions.quotes.length} quote(s), ${matched} known actor(s), ` +
        `${suggestions.actors.length - matched} new actor(s) and ${suggestions.issues.length} issue(s) suggested for review.`,
      article: stored,
      mentionCount: mentions.length,
      suggestions,
    };
  }

  /** Re-runs extraction on a stored article; suggestions already confirmed as quotes name the stored quote. */
  async suggestionsFor(articleId: string): Promise<ArticleSuggestions> {
    const article = await this.db.getRepository(Article).findOne({ where: { id: articleId, deletedAt: IsNull() } });
    if (!article) throw notFound('article', articleId);
    const extraction = await extractArticle(article, { actorMatcher: this.actorMatcher, issueMatcher: this.issueMatcher });
    const quotes = await this.db.getRepository(Quote).find({
      select: { id: true, startOffset: true, endOffset: true },
      where: { articleId, deletedAt: IsNull() },
    });
    return toSuggestions(article, extraction, new Map(quotes.map((q) => [`${q.startOffset}:${q.endOffset}`, q.id])));
  }

  private async findDuplicate(body: string): Promise<ImportResult | null> {
    const existing = await this.db.getRepository(Article).findOne({ where: { contentHash: contentHash(body) } });
    if (!existing) return null;
    return {
      status: ImportStatus.DUPLICATE,
      message:
        `Not imported: the same text is already stored as "${existing.title}" (id ${existing.id}, ${existing.status}` +
        `${existing.deletedAt ? ', deleted: restore it instead' : ''}). Nothing was created.`,
      article: existing,
      mentionCount: 0,
      suggestions: null,
    };
  }

  /** What createArticle's validators would refuse, for input that does not come through GraphQL (files). */
  private checkFields(a: ParsedArticle): string | null {
    if (a.url && (!URL_PATTERN.test(a.url) || a.url.length > LIMITS.urlMax))
      return `"url" must be an http(s) address; got "${a.url.slice(0, 80)}"`;
    if (!LANGUAGE_TAG.test(a.language) || a.language.length > LIMITS.languageMax)
      return `"language" must be a BCP 47 tag such as "en"; got "${a.language.slice(0, 20)}"`;
    if (a.outlet && a.outlet.length > LIMITS.outletNameMax) return `"outlet" is longer than ${LIMITS.outletNameMax} characters`;
    return null;
  }
}
