import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionType } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Quote } from '../quote/quote.entity';
import { User } from '../user/user.entity';
import { FactCheck, FactCheckEvidence } from './fact-check.entity';
import { CreateFactCheckInput, FactChecksArgs, UpdateFactCheckInput } from './fact-check.inputs';

export const FactCheckConnection = connectionType(FactCheck, 'FactCheck', 'A page of fact-checks.');

@Resolver(() => FactCheck)
export class FactCheckResolver {
  @Query(() => FactCheckConnection, { description: 'Fact-checks, newest check first. Clients see approved ones only.' })
  factChecks(@Args() args: FactChecksArgs, @Ctx() { services, viewer }: Context) {
    return services.factChecks.list(args, viewer);
  }

  @Query(() => FactCheck, { nullable: true, description: 'One fact-check by id; null when there is none.' })
  factCheck(@Arg('id', () => ID, { description: "The record's id." }) id: string, @Ctx() { loaders }: Context) {
    return loaders.factCheckById.load(id);
  }

  @FieldResolver(() => Quote, { description: 'The quote checked.' })
  quote(@Root() check: FactCheck, @Ctx() { loaders }: Context) {
    return loaders.quoteById.load(check.quoteId);
  }

  @FieldResolver(() => [FactCheckEvidence], { description: 'Sources supporting the verdict, in order.' })
  evidence(@Root() check: FactCheck, @Ctx() { loaders }: Context) {
    return loaders.evidenceByFactCheck.load(check.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who checked it. Staff only (null for clients).' })
  checkedBy(@Root() check: FactCheck, @Ctx() { viewer, loaders }: Context) {
    return viewer.user && check.checkedById ? loaders.userById.load(check.checkedById) : null;
  }

  @Authorized()
  @Mutation(() => FactCheck, { description: 'Records a fact-check of a quote (one per quote) as a DRAFT for review.' })
  createFactCheck(@Arg('input', { description: 'The fields to set.' }) input: CreateFactCheckInput, @Ctx() { services, viewer }: Context) {
    return services.factChecks.create(input, viewer);
  }

  @Authorized()
  @Mutation(() => FactCheck, { description: 'Changes a fact-check: a new revision, public once approved.' })
  updateFactCheck(
    @Arg('id', () => ID, { description: "The record's id." }) id: string,
    @Arg('input', { description: 'The fields to set.' }) input: UpdateFactCheckInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.factChecks.update(id, input, viewer);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Deletes a fact-check (soft, restorable).' })
  deleteFactCheck(
    @Arg('id', () => ID, { description: "The record's id." }) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'When given, a newer version refuses the delete with CONFLICT.' })
    expectedVersion: number | undefined,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.factChecks.delete(id, expectedVersion ?? undefined, viewer);
  }

  @Authorized()
  @Mutation(() => FactCheck, {
    description:
      "Imports another publisher's ClaimReview JSON-LD as a DRAFT fact-check of one of our quotes, its rating mapped onto our verdicts.",
  })
  importClaimReview(
    @Arg('quoteId', () => ID, { description: 'Our quote the ClaimReview is about.' }) quoteId: string,
    @Arg('claimReview', () => GraphQLJSONObject, {
      validate: false,
      description: 'The JSON-LD document (a ClaimReview, an array or an @graph holding one).',
    })
    claimReview: Record<string, unknown>,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.factChecks.importClaimReview(quoteId, claimReview, viewer);
  }
}

@Resolver(() => Quote)
export class QuoteFactCheckResolver {
  @FieldResolver(() => FactCheck, { nullable: true, description: 'The fact-check of this quote, if any (approved ones only for clients).' })
  async factCheck(@Root() quote: Quote, @Ctx() { loaders }: Context) {
    return (await loaders.factCheckByQuote.load(quote.id))[0] ?? null;
  }

  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The approved fact-check as schema.org ClaimReview JSON-LD; null until a fact-check of this quote is approved.',
  })
  claimReview(@Root() quote: Quote, @Ctx() { loaders }: Context) {
    return loaders.claimReviewByQuote.load(quote.id);
  }
}
