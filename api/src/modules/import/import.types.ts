import type { ActorKind, QuoteKind } from '@newsroom/shared';

/** An article read from a file or request, with its body exactly as it will be stored (see normaliseBody). */
export interface ParsedArticle {
  title: string;
  /** ISO date, YYYY-MM-DD. */
  publishedOn: string;
  body: string;
  outlet: string | null;
  url: string | null;
  language: string;
  /** Where it came from: a file name, "file:line" for NDJSON, "file#index" for JSON arrays. */
  source: string;
}

/** Why one item of an input could not be read. The rest of the batch goes on. */
export interface ParseFailure {
  source: string;
  code: 'EMPTY' | 'BINARY' | 'TOO_LARGE' | 'MISSING_DATE_LINE' | 'INVALID_DATE' | 'MISSING_FIELD' | 'INVALID_JSON' | 'INVALID_FIELD';
  message: string;
}

export type ParseResult = { ok: true; article: ParsedArticle } | { ok: false; error: ParseFailure };

/** A span of the body; offsets count Unicode code points, end exclusive. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface ExtractedQuote {
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  /** Display name of who said it: an actor's name, or the words of an unnamed source ("a company spokeswoman"); null when unknown. */
  speaker: string | null;
  /** Where the speaker is named in the body for this quote (the pronoun for "he said"). */
  speakerMention: Span | null;
  /** Further speakers of a joint statement ("the two presidents said"). */
  coSpeakers: string[];
  /** The cue: the speech verb or "according to" that attributes the quote. */
  cue: Span | null;
  /** Existing actor id of the speaker when matched. */
  speakerActorId: string | null;
  confidence: number;
}

export interface ExtractedActor {
  name: string;
  kind: ActorKind;
  mentions: Span[];
  matchedActorId: string | null;
  /** How the match was made: the canonical name, an alias, a recorded misspelling or trigram similarity. */
  matchedVia: MatchVia | null;
  /** A spelling seen in the text that is neither the name nor a recorded alias or misspelling of the matched actor: record it as a misspelling once the editor confirms. */
  spellingToRecord: string | null;
}

export type MatchVia = 'name' | 'alias' | 'misspelling' | 'trigram';

export interface SuggestedIssue {
  id: string;
  title: string;
  confidence: number;
}

export interface ExtractionResult {
  title: string;
  date: string;
  quotes: ExtractedQuote[];
  actors: ExtractedActor[];
  issues: SuggestedIssue[];
}
