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
  @Field(() => ReviewStatus, {
    nullable: true,
    description: 'Only records in this review state (signed-in users; clients see APPROVED only).',
  })
  status?: ReviewStatus;

  @Field(() => ID, { nullable: true })
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

@InputType()
export class ArticleOrder {
  @Field(() => ArticleOrderField, { defaultValue: ArticleOrderField.PUBLISHED_ON })
  field: ArticleOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection;
}

@ArgsType()
export class ArticlesArgs extends PageArgs {
  @Field(() => ArticleFilter, { nullable: true })
  @ValidateNested()
  filter?: ArticleFilter;

  @Field(() => ArticleOrder, { nullable: true, description: 'Default: newest published first.' })
  @ValidateNested()
  orderBy?: ArticleOrder;
}

@InputType({ description: 'A place in the body where an actor is named.' })
export class MentionInput {
  @Field(() => ID)
  @IsUUID()
  actorId: string;

  @Field(() => Int)
  @Min(0)
  startOffset: number;

  @Field(() => Int)
  @Min(1)
  endOffset: number;

  @Field({ nullable: true, description: 'The text expected at the offsets; when given it must match the body.' })
  @MaxLength(LIMITS.nameMax)
  text?: string;
}

@InputType()
export class CreateArticleInput {
  @Field()
  @Length(1, LIMITS.titleMax)
  title: string;

  @Field(() => LocalDate)
  publishedOn: string;

  @Field(() => ID, { nullable: true, description: 'An existing outlet. Give this or outletName.' })
  @IsUUID()
  outletId?: string;

  @Field({ nullable: true, description: 'Outlet by name; created when no outlet has this name (ignoring case).' })
  @Length(1, LIMITS.outletNameMax)
  outletName?: string;

  @Field(() => String, { nullable: true })
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

  @Field(() => [MentionInput], { nullable: true })
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

  @Field({ nullable: true })
  @Length(1, LIMITS.titleMax)
  title?: string;

  @Field(() => LocalDate, { nullable: true })
  publishedOn?: string;

  @Field(() => ID, { nullable: true })
  @IsUUID()
  outletId?: string;

  @Field({ nullable: true })
  @Length(1, LIMITS.outletNameMax)
  outletName?: string;

  @Field(() => String, { nullable: true })
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(LIMITS.urlMax)
  url?: string | null;

  @Field({ nullable: true })
  @Matches(LANGUAGE_TAG, { message: 'language must be a BCP 47 tag such as "en" or "en-GB"' })
  @MaxLength(LIMITS.languageMax)
  language?: string;

  @Field({ nullable: true })
  @Length(1, LIMITS.bodyMax)
  body?: string;

  @Field(() => [MentionInput], { nullable: true, description: 'Replaces all mentions when given.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(LIMITS.listInputMax)
  mentions?: MentionInput[];
}
