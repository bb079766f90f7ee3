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
  valuesConfig: {
    NAME: { description: 'Canonical name, alphabetically (default without a search).' },
    CREATED_AT: { description: 'When the actor was recorded here.' },
    RELEVANCE: { description: 'Closeness to filter.search (default with a search).' },
  },
});

@InputType({ description: 'Narrows a list of actors. All given conditions must hold.' })
export class ActorFilter {
  @Field(() => ReviewStatus, {
    nullable: true,
    description: 'Only records in this review state (signed-in users; clients see APPROVED only).',
  })
  status?: ReviewStatus;

  @Field(() => ActorKind, { nullable: true })
  kind?: ActorKind;

  @Field({
    nullable: true,
    description:
      'Fuzzy match on name, aliases and recorded misspellings: "Putin", "Vladmir Putin" and "vladimir putin" all find Vladimir Putin.',
  })
  @Length(1, LIMITS.searchQueryMax)
  search?: string;
}

@InputType()
export class ActorOrder {
  @Field(() => ActorOrderField)
  field: ActorOrderField;

  @Field(() => SortDirection, { nullable: true, description: 'Default: ASC for NAME, DESC otherwise.' })
  direction?: SortDirection;
}

@ArgsType()
export class ActorsArgs extends PageArgs {
  @Field(() => ActorFilter, { nullable: true })
  @ValidateNested()
  filter?: ActorFilter;

  @Field(() => ActorOrder, { nullable: true, description: 'Default: by relevance with a search, else by name.' })
  @ValidateNested()
  orderBy?: ActorOrder;
}

@InputType({ description: 'A post held for a time.' })
export class ActorRoleInput {
  @Field()
  @Length(1, LIMITS.nameMax)
  title: string;

  @Field(() => ID, { nullable: true, description: 'The organisation, country or body the post belongs to.' })
  @IsUUID()
  organizationId?: string | null;

  @Field(() => LocalDate, { nullable: true })
  startedOn?: string | null;

  @Field(() => LocalDate, { nullable: true })
  endedOn?: string | null;
}

@InputType()
export class CreateActorInput {
  @Field(() => ActorKind)
  kind: ActorKind;

  @Field()
  @Length(1, LIMITS.nameMax)
  name: string;

  @Field(() => [String], { nullable: true })
  @ArrayMaxSize(LIMITS.aliasesMax)
  @Length(1, LIMITS.nameMax, { each: true })
  aliases?: string[];

  @Field(() => [String], { nullable: true })
  @ArrayMaxSize(LIMITS.aliasesMax)
  @Length(1, LIMITS.nameMax, { each: true })
  misspellings?: string[];

  @Field(() => String, { nullable: true })
  @MaxLength(LIMITS.descriptionMax)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @Matches(WIKIDATA_QID_PATTERN, { message: 'wikidataQid must look like Q7747' })
  wikidataQid?: string | null;

  @Field(() => [ActorRoleInput], { nullable: true })
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

  @Field(() => ActorKind, { nullable: true })
  kind?: ActorKind;

  @Field({ nullable: true })
  @Length(1, LIMITS.nameMax)
  name?: string;

  @Field(() => [String], { nullable: true })
  @ArrayMaxSize(LIMITS.aliasesMax)
  @Length(1, LIMITS.nameMax, { each: true })
  aliases?: string[];

  @Field(() => [String], { nullable: true })
  @ArrayMaxSize(LIMITS.aliasesMax)
  @Length(1, LIMITS.nameMax, { each: true })
  misspellings?: string[];

  @Field(() => String, { nullable: true })
  @MaxLength(LIMITS.descriptionMax)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @Matches(WIKIDATA_QID_PATTERN, { message: 'wikidataQid must look like Q7747' })
  wikidataQid?: string | null;

  @Field(() => [ActorRoleInput], { nullable: true })
  @ValidateNested({ each: true })
  @ArrayMaxSize(LIMITS.listInputMax)
  roles?: ActorRoleInput[];
}
