import { ReviewStatus, LIMITS, SortDirection } from '@newsroom/shared';
import { ArrayMaxSize, IsUrl, IsUUID, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import { LocalDate } from '../../graphql/scalars';

export enum ArticleOrderField {
  PUBLISHED_ON = 'PUBLISHED_ON',
  CREATED_AT = 'CREATED_AT',
  TITLE = 'TITLE',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(ArticleOrderField, {
  name: 'ArticleOrderField',
  description: 'What to order by.',
  valuesConfig: {
    PUBLISHED_ON: { description: 'Publication date (default).' },
    CREATED_AT: { description: 'When the article was stored here.' },
    TITLE: { description: 'Headline, alphabetically.' },
    RELEVANCE: { description: 'Full-text rank against filter.search (requires it).' },
  },
});

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

@InputType({ description: 'Narrows a list of articles. All given conditions must hold.' })
export class ArticleFilter {
  @Field(() => [ID], { nullable: true, description: `Only these records (at most ${LIMITS.pageSizeMax} ids).` })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(LIMITS.pageSizeMax)
  ids?: string[];

  @Field(() => ReviewStatus, {
    nullable: true,
    description: 'Only records in this review state (signed-in users; clients see APPROVED only).',
  })
  status?: ReviewStatus;

  @Field(() => ID, { nullable: true, description: 'An existing outlet.' })
  @IsUUID()
  outletId?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Published on or after this date.' })
  publishedFrom?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Published on or before this date.' })
  publishedTo?: string;

  @Field(() => ID, { nullable: true, description: 'Mentioning this actor or quoting them.' })
  @IsUUID()
  actorId?: string;

  @Field(() => ID, { nullable: true, description: 'Holding a quote on this issue or any issue under it.' })
  @IsUUID()
  issueId?: string;

  @Field({ nullable: true, description: 'Full-text search in title (weighted higher) and body; web-search syntax.' })
  @Length(1, LIMITS.searchQueryMax)
  search?: string;
}

@InputType({ description: 'How to order articles.' })
export class ArticleOrder {
  @Field(() => ArticleOrderField, { defaultValue: ArticleOrderField.PUBLISHED_ON, description: 'What to sort by.' })
  field: ArticleOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'Ascending or descending.' })
  direction: SortDirection;
}

@ArgsType()
export class ArticlesArgs extends PageArgs {
  @Field(() => ArticleFilter, { nullable: true, description: 'Narrows the list; all given conditions must hold.' })
  @ValidateNested()
  filter?: ArticleFilter;

  @Field(() => ArticleOrder, { nullable: true, description: 'Default: newest published first.' })
  @ValidateNested()
  orderBy?: ArticleOrder;
}

@InputType({ description: 'A place in the body where an actor is named.' })
export class MentionInput {
  @Field(() => ID, { description: 'The actor named.' })
  @IsUUID()
  actorId: string;

  @Field(() => Int, { description: 'Offset of the first character, in Unicode code points.' })
  @Min(0)
  startOffset: number;

  @Field(() => Int, { description: 'Offset just past the last character (exclusive).' })
  @Min(1)
  endOffset: number;

  @Field({ nullable: true, description: 'The text expected at the offsets; when given it must match the body.' })
  @MaxLength(LIMITS.nameMax)
  text?: string;
}

@InputType({ description: 'A new article.' })
export class CreateArticleInput {
  @Field({ description: 'Headline or title.' })
  @Length(1, LIMITS.titleMax)
  title: string;

  @Field(() => LocalDate, { description: 'Publication date (YYYY-MM-DD).' })
  publishedOn: string;

  @Field(() => ID, { nullable: true, description: 'An existing outlet. Give this or outletName.' })
  @IsUUID()
  outletId?: string;

  @Field({ nullable: true, description: 'Outlet by name; created when no outlet has this name (ignoring case).' })
  @Length(1, LIMITS.outletNameMax)
  outletName?: string;

  @Field(() => String, { nullable: true, description: 'Web address (http or https).' })
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(LIMITS.urlMax)
  url?: string | null;

  @Field({ defaultValue: 'en', description: 'BCP 47 language tag.' })
  @Matches(LANGUAGE_TAG, { message: 'language must be a BCP 47 tag such as "en" or "en-GB"' })
  @MaxLength(LIMITS.languageMax)
  language: string;

  @Field({ description: `Full text, at most ${LIMITS.bodyMax} characters.` })
  @Length(1, LIMITS.bodyMax)
  body: string;

  @Field(() => [MentionInput], {
    nullable: true,
    description: 'Places in the body where actors are named; replaces the stored list when given.',
  })
  @ValidateNested({ each: true })
  @ArrayMaxSize(LIMITS.listInputMax)
  mentions?: MentionInput[];
}

@InputType({ description: 'Changes to an article; omitted fields stay. A new body must keep every quote and mention at its offsets.' })
export class UpdateArticleInput {
  @Field(() => Int, {
    description:
      "The version this edit is based on (the record's `version` when you loaded it). A stale one is refused with CONFLICT and nothing is saved.",
  })
  @Min(1)
  expectedVersion: number;

  @Field({ nullable: true, description: 'Headline or title.' })
  @Length(1, LIMITS.titleMax)
  title?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Publication date (YYYY-MM-DD).' })
  publishedOn?: string;

  @Field(() => ID, { nullable: true, description: 'An existing outlet.' })
  @IsUUID()
  outletId?: string;

  @Field({ nullable: true, description: 'Outlet by name; created when new.' })
  @Length(1, LIMITS.outletNameMax)
  outletName?: string;

  @Field(() => String, { nullable: true, description: 'Web address (http or https).' })
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(LIMITS.urlMax)
  url?: string | null;

  @Field({ nullable: true, description: 'BCP 47 language tag, e.g. "en".' })
  @Matches(LANGUAGE_TAG, { message: 'language must be a BCP 47 tag such as "en" or "en-GB"' })
  @MaxLength(LIMITS.languageMax)
  language?: string;

  @Field({ nullable: true, description: 'Full text; quote and mention offsets count its Unicode code points.' })
  @Length(1, LIMITS.bodyMax)
  body?: string;

  @Field(() => [MentionInput], { nullable: true, description: 'Replaces all mentions when given.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(LIMITS.listInputMax)
  mentions?: MentionInput[];
}
