import { ReviewStatus, ActorKind, LIMITS, SortDirection, WIKIDATA_QID_PATTERN } from '@newsroom/shared';
import { ArrayMaxSize, IsUUID, Length, Matches, MaxLength, ValidateNested, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import { LocalDate } from '../../graphql/scalars';

export enum ActorOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(ActorOrderField, {
  name: 'ActorOrderField',
  description: 'What to order by.',
  valuesConfig: {
    NAME: { description: 'Canonical name, alphabetically (default without a search).' },
    CREATED_AT: { description: 'When the actor was recorded here.' },
    RELEVANCE: { description: 'Closeness to filter.search (default with a search).' },
  },
});

@InputType({ description: 'Narrows a list of actors. All given conditions must hold.' })
export class ActorFilter {
  @Field(() => [ID], { nullable: true, description: `Only these records (at most ${LIMITS.pageSizeMax} ids).` })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(LIMITS.pageSizeMax)
  ids?: string[];

  @Field(() => ReviewStatus, {
    nullable: true,
    description: 'Only records in this review state (signed-in users; clients see APPROVED only).',
  })
  status?: ReviewStatus;

  @Field(() => ActorKind, { nullable: true, description: 'What kind of record this is.' })
  kind?: ActorKind;

  @Field({
    nullable: true,
    description:
      'Fuzzy match on name, aliases and recorded misspellings: "Putin", "Vladmir Putin" and "vladimir putin" all find Vladimir Putin.',
  })
  @Length(1, LIMITS.searchQueryMax)
  search?: string;
}

@InputType({ description: 'How to order actors.' })
export class ActorOrder {
  @Field(() => ActorOrderField, { description: 'What to sort by.' })
  field: ActorOrderField;

  @Field(() => SortDirection, { nullable: true, description: 'Default: ASC for NAME, DESC otherwise.' })
  direction?: SortDirection;
}

@ArgsType()
export class ActorsArgs extends PageArgs {
  @Field(() => ActorFilter, { nullable: true, description: 'Narrows the list; all given conditions must hold.' })
  @ValidateNested()
  filter?: ActorFilter;

  @Field(() => ActorOrder, { nullable: true, description: 'Default: by relevance with a search, else by name.' })
  @ValidateNested()
  orderBy?: ActorOrder;
}

@InputType({ description: 'A post held for a time.' })
export class ActorRoleInput {
  @Field({ description: 'Headline or title.' })
  @Length(1, LIMITS.nameMax)
  title: string;

  @Field(() => ID, { nullable: true, description: 'The organisation, country or body the post belongs to.' })
  @IsUUID()
  organizationId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day in the post; null when unknown.' })
  startedOn?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day in the post; null while held.' })
  endedOn?: string | null;
}

@InputType({ description: 'A new actor.' })
export class CreateActorInput {
  @Field(() => ActorKind, { description: 'What kind of record this is.' })
  kind: ActorKind;

  @Field({ description: 'The canonical name, spelled correctly.' })
  @Length(1, LIMITS.nameMax)
  name: string;

  @Field(() => [String], { nullable: true, description: 'Other real names; replaces the stored list when given.' })
  @ArrayMaxSize(LIMITS.aliasesMax)
  @Length(1, LIMITS.nameMax, { each: true })
  aliases?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Wrong spellings seen in sources, kept apart from aliases; replaces the stored list when given.',
  })
  @ArrayMaxSize(LIMITS.aliasesMax)
  @Length(1, LIMITS.nameMax, { each: true })
  misspellings?: string[];

  @Field(() => String, { nullable: true, description: 'A sentence or two for readers.' })
  @MaxLength(LIMITS.descriptionMax)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Wikidata item id such as Q7747; unique.' })
  @Matches(WIKIDATA_QID_PATTERN, { message: 'wikidataQid must look like Q7747' })
  wikidataQid?: string | null;

  @Field(() => [ActorRoleInput], { nullable: true, description: 'Posts held over time; replaces the stored list when given.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(LIMITS.listInputMax)
  roles?: ActorRoleInput[];
}

@InputType({ description: 'Changes to an actor; omitted fields stay. Lists given replace the stored list.' })
export class UpdateActorInput {
  @Field(() => Int, {
    description:
      "The version this edit is based on (the record's `version` when you loaded it). A stale one is refused with CONFLICT and nothing is saved.",
  })
  @Min(1)
  expectedVersion: number;

  @Field(() => ActorKind, { nullable: true, description: 'What kind of record this is.' })
  kind?: ActorKind;

  @Field({ nullable: true, description: 'The canonical name, spelled correctly.' })
  @Length(1, LIMITS.nameMax)
  name?: string;

  @Field(() => [String], { nullable: true, description: 'Other real names; replaces the stored list when given.' })
  @ArrayMaxSize(LIMITS.aliasesMax)
  @Length(1, LIMITS.nameMax, { each: true })
  aliases?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Wrong spellings seen in sources, kept apart from aliases; replaces the stored list when given.',
  })
  @ArrayMaxSize(LIMITS.aliasesMax)
  @Length(1, LIMITS.nameMax, { each: true })
  misspellings?: string[];

  @Field(() => String, { nullable: true, description: 'A sentence or two for readers.' })
  @MaxLength(LIMITS.descriptionMax)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Wikidata item id such as Q7747; unique.' })
  @Matches(WIKIDATA_QID_PATTERN, { message: 'wikidataQid must look like Q7747' })
  wikidataQid?: string | null;

  @Field(() => [ActorRoleInput], { nullable: true, description: 'Posts held over time; replaces the stored list when given.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(LIMITS.listInputMax)
  roles?: ActorRoleInput[];
}
