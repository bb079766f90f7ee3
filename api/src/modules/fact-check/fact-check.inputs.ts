import { LIMITS, ReviewStatus, SortDirection, Verdict } from '@newsroom/shared';
import { ArrayMaxSize, IsUrl, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import { LocalDate } from '../../graphql/scalars';

@InputType({ description: 'A source that supports a fact-check.' })
export class EvidenceInput {
  @Field({ description: 'Where the evidence is (http or https).' })
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'evidence url must be an http(s) address' })
  @MaxLength(LIMITS.urlMax)
  url: string;

  @Field(() => String, { nullable: true, description: 'Title of the source.' })
  @MaxLength(LIMITS.titleMax)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'What it shows.' })
  @MaxLength(LIMITS.descriptionMax)
  note?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When the source was consulted.' })
  accessedOn?: string | null;
}

@InputType({ description: 'A new fact-check of a quote (one per quote).' })
export class CreateFactCheckInput {
  @Field(() => ID, { description: 'The quote checked.' })
  @IsUUID()
  quoteId: string;

  @Field(() => Verdict, { description: 'The rating.' })
  verdict: Verdict;

  @Field({ description: 'The finding in a sentence or two.' })
  @Length(1, LIMITS.descriptionMax)
  summary: string;

  @Field(() => String, { nullable: true, description: 'Context readers need next to the verdict.' })
  @MaxLength(LIMITS.descriptionMax)
  context?: string | null;

  @Field(() => [EvidenceInput], { nullable: true, description: 'Sources, in order.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(LIMITS.aliasesMax)
  evidence?: EvidenceInput[];
}

@InputType({ description: 'Changes to a fact-check; omitted fields stay. Evidence given replaces the stored list.' })
export class UpdateFactCheckInput {
  @Field(() => Int, { description: 'The version this edit is based on; a stale one is refused with CONFLICT.' })
  @Min(1)
  expectedVersion: number;

  @Field(() => Verdict, { nullable: true, description: 'The rating.' })
  verdict?: Verdict;

  @Field({ nullable: true, description: 'The finding in a sentence or two.' })
  @Length(1, LIMITS.descriptionMax)
  summary?: string;

  @Field(() => String, { nullable: true, description: 'Context readers need next to the verdict.' })
  @MaxLength(LIMITS.descriptionMax)
  context?: string | null;

  @Field(() => [EvidenceInput], { nullable: true, description: 'Sources, in order; replaces the stored list.' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(LIMITS.aliasesMax)
  evidence?: EvidenceInput[];
}

@InputType({ description: 'Narrows a list of fact-checks.' })
export class FactCheckFilter {
  @Field(() => Verdict, { nullable: true, description: 'Only this verdict.' })
  verdict?: Verdict;

  @Field(() => ReviewStatus, { nullable: true, description: 'Only records in this review state (signed-in users).' })
  status?: ReviewStatus;

  @Field(() => ID, { nullable: true, description: 'The fact-check of this quote.' })
  @IsUUID()
  quoteId?: string;
}

@ArgsType()
export class FactChecksArgs extends PageArgs {
  @Field(() => FactCheckFilter, { nullable: true, description: 'Narrows the list; all given conditions must hold.' })
  @ValidateNested()
  filter?: FactCheckFilter;

  @Field(() => SortDirection, { nullable: true, description: 'By checkedAt; newest first by default.' })
  direction?: SortDirection;
}
