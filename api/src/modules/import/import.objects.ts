import { ActorKind, Delivery, QuoteKind } from '@newsroom/shared';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars';
import { Article } from '../article/article.entity';

/**
 * What an import returns: suggestions an editor confirms with the ordinary mutations (createQuote,
 * createActor, updateActor). Nothing here is stored except the article itself and the mentions of actors
 * that already exist.
 */

export enum ImportStatus {
  IMPORTED = 'IMPORTED',
  DUPLICATE = 'DUPLICATE',
}
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: 'What became of an imported article.',
  valuesConfig: {
    IMPORTED: { description: 'Stored as a new DRAFT article, with mentions of the existing actors found in it.' },
    DUPLICATE: { description: 'The same body (by content hash) is already stored: nothing was created.' },
  },
});

export enum SpeakerResolution {
  MATCHED = 'MATCHED',
  NEW = 'NEW',
  UNNAMED = 'UNNAMED',
}
registerEnumType(SpeakerResolution, {
  name: 'SpeakerResolution',
  description: 'How a suggested speaker relates to the stored actors.',
  valuesConfig: {
    MATCHED: { description: 'An existing actor (see actorId).' },
    NEW: { description: 'A named actor not stored yet: create it (createActor) before confirming the quote.' },
    UNNAMED: { description: 'An unnamed source as the article words it ("a spokesman"): the editor decides who it is.' },
  },
});

export enum ActorMatchVia {
  NAME = 'NAME',
  ALIAS = 'ALIAS',
  MISSPELLING = 'MISSPELLING',
  TRIGRAM = 'TRIGRAM',
}
registerEnumType(ActorMatchVia, {
  name: 'ActorMatchVia',
  description: 'How a name in the article was matched to an existing actor.',
  valuesConfig: {
    NAME: { description: "The actor's canonical name." },
    ALIAS: { description: 'A recorded alias (or the surname of the full name).' },
    MISSPELLING: { description: 'A misspelling already recorded on the actor.' },
    TRIGRAM: { description: 'A similar spelling (trigram similarity): see spellingToRecord.' },
  },
});

@ObjectType({ description: 'A stretch of the article body. Offsets count Unicode code points, as quote and mention offsets do.' })
export class TextSpan {
  @Field(() => Int, { description: 'Offset of the first character.' })
  startOffset: number;

  @Field(() => Int, { description: 'Offset just past the last character (exclusive).' })
  endOffset: number;

  @Field({ description: 'The text at the offsets, exactly as in the body.' })
  text: string;
}

@ObjectType({ description: 'Who a suggested quote is attributed to.' })
export class SpeakerSuggestion {
  @Field({
    description: "The matched actor's name, the name as the article writes it (NEW), or the unnamed source's words (UNNAMED).",
  })
  name: string;

  @Field(() => SpeakerResolution, { description: 'Whether this is an existing actor, a new one to create, or an unnamed source.' })
  resolution: SpeakerResolution;

  @Field(() => ID, { nullable: true, description: 'The existing actor (MATCHED); null otherwise.' })
  actorId: string | null;

  @Field(() => ActorKind, { nullable: true, description: 'The kind to give a NEW actor; the stored kind when MATCHED.' })
  kind: ActorKind | null;

  @Field(() => TextSpan, {
    nullable: true,
    description: 'Where the speaker is named for this quote: the name, a pronoun ("he said") or the unnamed source\'s words.',
  })
  mention: TextSpan | null;
}

@ObjectType({ description: 'A quote found in the article, for the editor to confirm with createQuote.' })
export class QuoteSuggestion {
  @Field({ description: 'The verbatim text: exactly the body between the offsets.' })
  text: string;

  @Field(() => Int, { description: 'Offset of the first character, in Unicode code points (createQuote startOffset).' })
  startOffset: number;

  @Field(() => Int, { description: 'Offset just past the last character (createQuote endOffset).' })
  endOffset: number;

  @Field(() => QuoteKind, { description: 'DIRECT for words in quotation marks; PARAPHRASE for reported speech.' })
  kind: QuoteKind;

  @Field(() => SpeakerSuggestion, { nullable: true, description: 'Who said it; null when no speaker could be found.' })
  speaker: SpeakerSuggestion | null;

  @Field(() => [SpeakerSuggestion], { description: 'Further speakers of a joint statement ("the two presidents said").' })
  coSpeakers: SpeakerSuggestion[];

  @Field(() => TextSpan, { nullable: true, description: 'The speech verb or "according to" that attributes the quote.' })
  cue: TextSpan | null;

  @Field(() => Float, { description: 'How sure the extractor is, 0 to 1: direct quotes with a named speaker score highest.' })
  confidence: number;

  @Field(() => Delivery, {
    description:
      'How the words were delivered, from the words around the quote ("at a press conference", "in an interview", "tweeted"); STATEMENT when nothing says (see deliveryCue).',
  })
  delivery: Delivery;

  @Field(() => String, { nullable: true, description: 'The words that suggested the delivery; null when it is only the default.' })
  deliveryCue: string | null;

  @Field(() => LocalDate, {
    description:
      'When the words were said: the day named near the quote ("on Tuesday", "yesterday", "on 12 March"), else the article\'s date.',
  })
  saidOn: string;

  @Field(() => String, { nullable: true, description: "The words that named the day; null when it is the article's date." })
  saidOnCue: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A quote already stored at exactly these offsets of this article (confirmed before); null when there is none.',
  })
  existingQuoteId: string | null;
}

@ObjectType({ description: 'An actor named in the article: an existing actor, or a new one to propose (never created by the import).' })
export class ActorSuggestion {
  @Field({ description: "The matched actor's name, or the fullest spelling found in the article for a new actor." })
  name: string;

  @Field(() => ActorKind, { description: 'Kind of actor (stored kind when matched, guessed from the text otherwise).' })
  kind: ActorKind;

  @Field(() => [TextSpan], { description: 'Every place the actor is named in the body, in order.' })
  mentions: TextSpan[];

  @Field(() => ID, { nullable: true, description: 'The existing actor this is; null for a proposed new actor.' })
  matchedActorId: string | null;

  @Field(() => ActorMatchVia, { nullable: true, description: 'How the existing actor was matched; null for a new actor.' })
  matchedVia: ActorMatchVia | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A spelling in the article that is not yet recorded on the matched actor (e.g. "Vladmir Putin"): record it in the actor\'s misspellings with updateActor once confirmed.',
  })
  spellingToRecord: string | null;

  @Field({ description: 'True when no existing actor matched: createActor if the editor accepts it.' })
  isNew: boolean;
}

@ObjectType({ description: 'An existing issue the article appears to concern, ranked by confidence.' })
export class IssueSuggestion {
  @Field(() => ID, { description: 'The issue.' })
  issueId: string;

  @Field({ description: "The issue's title." })
  title: string;

  @Field(() => Float, { description: 'How well the issue matches the article, 0 to 1.' })
  confidence: number;
}

@ObjectType({ description: 'What extraction suggests for one stored article. Nothing here is stored until the editor confirms it.' })
export class ArticleSuggestions {
  @Field(() => ID, { description: 'The article the suggestions are for.' })
  articleId: string;

  @Field(() => [QuoteSuggestion], { description: 'Quotes in order of appearance: direct quotes and reported speech.' })
  quotes: QuoteSuggestion[];

  @Field(() => [ActorSuggestion], { description: 'Actors named in the article, in order of first mention.' })
  actors: ActorSuggestion[];

  @Field(() => [IssueSuggestion], { description: 'Existing issues the article concerns, best match first.' })
  issues: IssueSuggestion[];
}

@ObjectType({ description: 'The outcome of importing one article.' })
export class ImportResult {
  @Field(() => ImportStatus, { description: 'IMPORTED (a new DRAFT) or DUPLICATE (nothing created).' })
  status: ImportStatus;

  @Field({ description: 'What happened, in a sentence for the editor.' })
  message: string;

  @Field(() => Article, {
    description: 'The new DRAFT article (IMPORTED), or the stored article with the same body (DUPLICATE).',
  })
  article: Article;

  @Field(() => Int, { description: 'Mentions of existing actors stored with the new article (0 for a duplicate).' })
  mentionCount: number;

  @Field(() => ArticleSuggestions, {
    nullable: true,
    description: 'Suggestions for the new article; null for a duplicate (ask articleSuggestions for the stored one).',
  })
  suggestions: ArticleSuggestions | null;
}
