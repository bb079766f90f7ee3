import { ReviewStatus, Delivery, LIMITS, QuoteKind, SortDirection } from '@newsroom/shared';
import { ArrayMaxSize, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import { LocalDate } from '../../graphql/scalars';

export enum QuoteOrderField {
  SAID_ON = 'SAID_ON',
  CREATED_AT = 'CREATED_AT',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(QuoteOrderField, {
  name: 'QuoteOrderField',
  description: 'What to order by.',
  valuesConfig: {
    SAID_ON: { description: 'Date the words were said (default).' },
    CREATED_AT: { description: 'When the quote was recorded here.' },
    RELEVANCE: { description: 'Full-text rank against filter.search (requires it).' },
  },
});

@InputType({ description: 'Narrows a list of quotes. All given conditions must hold.' })
export class QuoteFilter {
  @Field(() => [ID], { nullable: true, description: `Only these records (at most ${LIMITS.pageSizeMax} ids).` })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(LIMITS.pageSizeMax)
  ids?: string[];

  @Field(() => ReviewStatus, {
    nullable: true,
    description: 'Only records in this review state (signed-in users; clients see APPROVED only).',
  })
  status?: ReviewStatus;

  @Field(() => ID, { nullable: true, description: 'Said by this actor, alone or jointly.' })
  @IsUUID()
  speakerId?: string;

  @Field(() => ID, { nullable: true, description: 'Found in this article.' })
  @IsUUID()
  articleId?: string;

  @Field(() => ID, { nullable: true, description: 'Concerning this issue.' })
  @IsUUID()
  issueId?: string;

  @Field({ nullable: true, description: 'With issueId: also quotes on any issue under it in the tree.' })
  includeSubIssues?: boolean;

  @Field({
    nullable: true,
    description: 'true: only quotes with a fact-check; false: only quotes without one (clients: approved fact-checks).',
  })
  hasFactCheck?: boolean;

  @Field(() => QuoteKind, { nullable: true, description: 'What kind of record this is.' })
  kind?: QuoteKind;

  @Field(() => Delivery, { nullable: true, description: 'How the words reached the article.' })
  delivery?: Delivery;

  @Field(() => LocalDate, { nullable: true, description: 'Said on or after this date.' })
  saidFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Said on or before this date.' })
  saidTo?: string;

  @Field({ nullable: true, description: 'Full-text search in the quote text; web-search syntax ("quoted phrase", -word, or).' })
  @Length(1, LIMITS.searchQueryMax)
  search?: string;
}

@InputType({ description: 'How to order quotes.' })
export class QuoteOrder {
  @Field(() => QuoteOrderField, { defaultValue: QuoteOrderField.SAID_ON, description: 'What to sort by.' })
  field: QuoteOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'Ascending or descending.' })
  direction: SortDirection;
}

@ArgsType()
export class QuotesArgs extends PageArgs {
  @Field(() => QuoteFilter, { nullable: true, description: 'Narrows the list; all given conditions must hold.' })
  @ValidateNested()
  filter?: QuoteFilter;

  @Field(() => QuoteOrder, { nullable: true, description: 'Default: newest said first.' })
  @ValidateNested()
  orderBy?: QuoteOrder;
}

@InputType({ description: 'A new quote. Its text must be exactly what the article body holds at the offsets.' })
export class CreateQuoteInput {
  @Field({ description: 'The words exactly as the article body has them between the offsets.' })
  @Length(1, LIMITS.quoteTextMax)
  text: string;

  @Field(() => QuoteKind, { description: 'What kind of record this is.' })
  kind: QuoteKind;

  @Field(() => ID, { description: 'The actor who said it (the first, when said jointly).' })
  @IsUUID()
  speakerId: string;

  @Field(() => [ID], { nullable: true, description: 'Others who said it jointly with the speaker.' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(LIMITS.aliasesMax)
  coSpeakerIds?: string[];

  @Field(() => ID, { description: 'The article the quote is in.' })
  @IsUUID()
  articleId: string;

  @Field(() => Int, { description: 'Offset of the first character, in Unicode code points.' })
  @Min(0)
  startOffset: number;

  @Field(() => Int, { description: 'Offset just past the last character (exclusive).' })
  @Min(1)
  endOffset: number;

  @Field(() => LocalDate, { nullable: true, description: "Defaults to the article's publication date." })
  saidOn?: string;

  @Field(() => Delivery, { description: 'How the words reached the article.' })
  delivery: Delivery;

  @Field(() => String, { nullable: true, description: 'Where and how, in words, e.g. "interview with the Korea Times".' })
  @MaxLength(LIMITS.deliveryContextMax)
  deliveryContext?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Issues the quote concerns; replaces the stored list when given.' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(LIMITS.listInputMax)
  issueIds?: string[];
}

@InputType({ description: 'Changes to a quote; omitted fields stay as they are. Lists given replace the stored list.' })
export class UpdateQuoteInput {
  @Field(() => Int, {
    description:
      "The version this edit is based on (the record's `version` when you loaded it). A stale one is refused with CONFLICT and nothing is saved.",
  })
  @Min(1)
  expectedVersion: number;

  @Field({ nullable: true, description: 'The words exactly as the article body has them between the offsets.' })
  @Length(1, LIMITS.quoteTextMax)
  text?: string;

  @Field(() => QuoteKind, { nullable: true, description: 'What kind of record this is.' })
  kind?: QuoteKind;

  @Field(() => ID, { nullable: true, description: 'The actor who said it (the first, when said jointly).' })
  @IsUUID()
  speakerId?: string;

  @Field(() => [ID], { nullable: true, description: 'Others who said it jointly; replaces the stored list when given.' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(LIMITS.aliasesMax)
  coSpeakerIds?: string[];

  @Field(() => ID, { nullable: true, description: 'The article the quote is in.' })
  @IsUUID()
  articleId?: string;

  @Field(() => Int, { nullable: true, description: 'Offset of the first character, in Unicode code points.' })
  @Min(0)
  startOffset?: number;

  @Field(() => Int, { nullable: true, description: 'Offset just past the last character (exclusive).' })
  @Min(1)
  endOffset?: number;

  @Field(() => LocalDate, { nullable: true, description: 'When it was said (YYYY-MM-DD).' })
  saidOn?: string;

  @Field(() => Delivery, { nullable: true, description: 'How the words reached the article.' })
  delivery?: Delivery;

  @Field(() => String, { nullable: true, description: 'Where and how, in words, e.g. "interview with the Korea Times".' })
  @MaxLength(LIMITS.deliveryContextMax)
  deliveryContext?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Issues the quote concerns; replaces the stored list when given.' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(LIMITS.listInputMax)
  issueIds?: string[];

  @Field({
    nullable: true,
    description:
      'When the new text or offsets no longer match the article word for word, save the quote as a PARAPHRASE instead of refusing the edit.',
  })
  convertToParaphrase?: boolean;
}
