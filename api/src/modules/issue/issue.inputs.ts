import { ReviewStatus, LIMITS, SLUG_PATTERN, SortDirection } from '@newsroom/shared';
import { ArrayMaxSize, IsUUID, Length, Matches, MaxLength, ValidateNested, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';

export enum IssueOrderField {
  TITLE = 'TITLE',
  CREATED_AT = 'CREATED_AT',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(IssueOrderField, {
  name: 'IssueOrderField',
  description: 'What to order by.',
  valuesConfig: {
    TITLE: { description: 'Title, alphabetically (default without a search).' },
    CREATED_AT: { description: 'When the issue was recorded here.' },
    RELEVANCE: { description: 'Closeness to filter.search (default with a search).' },
  },
});

@InputType({ description: 'Narrows a list of issues. All given conditions must hold.' })
export class IssueFilter {
  @Field(() => [ID], { nullable: true, description: `Only these records (at most ${LIMITS.pageSizeMax} ids).` })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(LIMITS.pageSizeMax)
  ids?: string[];

  @Field(() => ReviewStatus, {
    nullable: true,
    description: 'Only records in this review state (signed-in users; clients see APPROVED only).',
  })
  status?: ReviewStatus;

  @Field(() => ID, { nullable: true, description: 'Only the direct children of this issue.' })
  @IsUUID()
  parentId?: string;

  @Field({ nullable: true, description: 'true: only top-level issues; false: only issues that have a parent.' })
  root?: boolean;

  @Field({ nullable: true, description: 'Fuzzy match on title and aliases, plus words of the description.' })
  @Length(1, LIMITS.searchQueryMax)
  search?: string;
}

@InputType({ description: 'How to order issues.' })
export class IssueOrder {
  @Field(() => IssueOrderField, { description: 'What to sort by.' })
  field: IssueOrderField;

  @Field(() => SortDirection, { nullable: true, description: 'Default: ASC for TITLE, DESC otherwise.' })
  direction?: SortDirection;
}

@ArgsType()
export class IssuesArgs extends PageArgs {
  @Field(() => IssueFilter, { nullable: true, description: 'Narrows the list; all given conditions must hold.' })
  @ValidateNested()
  filter?: IssueFilter;

  @Field(() => IssueOrder, { nullable: true, description: 'Default: by relevance with a search, else by title.' })
  @ValidateNested()
  orderBy?: IssueOrder;
}

@InputType({ description: 'A new issue.' })
export class CreateIssueInput {
  @Field({ description: 'Headline or title.' })
  @Length(1, LIMITS.titleMax)
  title: string;

  @Field({ nullable: true, description: 'Made from the title when omitted.' })
  @Length(1, LIMITS.slugMax)
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case words joined by single hyphens, e.g. "peace-treaty"' })
  slug?: string;

  @Field(() => String, { nullable: true, description: 'A sentence or two for readers.' })
  @MaxLength(LIMITS.descriptionMax)
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other real names; replaces the stored list when given.' })
  @ArrayMaxSize(LIMITS.aliasesMax)
  @Length(1, LIMITS.nameMax, { each: true })
  aliases?: string[];

  @Field(() => ID, { nullable: true, description: 'The broader issue this one sits under.' })
  @IsUUID()
  parentId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Actors who are parties to the issue.' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(LIMITS.listInputMax)
  actorIds?: string[];
}

@InputType({ description: 'Changes to an issue; omitted fields stay. parentId: null makes it top-level.' })
export class UpdateIssueInput {
  @Field(() => Int, {
    description:
      "The version this edit is based on (the record's `version` when you loaded it). A stale one is refused with CONFLICT and nothing is saved.",
  })
  @Min(1)
  expectedVersion: number;

  @Field({ nullable: true, description: 'Headline or title.' })
  @Length(1, LIMITS.titleMax)
  title?: string;

  @Field({ nullable: true, description: 'Lower-case words joined by hyphens; unique.' })
  @Length(1, LIMITS.slugMax)
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case words joined by single hyphens, e.g. "peace-treaty"' })
  slug?: string;

  @Field(() => String, { nullable: true, description: 'A sentence or two for readers.' })
  @MaxLength(LIMITS.descriptionMax)
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other real names; replaces the stored list when given.' })
  @ArrayMaxSize(LIMITS.aliasesMax)
  @Length(1, LIMITS.nameMax, { each: true })
  aliases?: string[];

  @Field(() => ID, { nullable: true, description: 'The broader issue; null for a top-level issue.' })
  @IsUUID()
  parentId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Actors who are parties to the issue; replaces the stored list when given.' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(LIMITS.listInputMax)
  actorIds?: string[];
}
