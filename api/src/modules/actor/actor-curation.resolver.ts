import { LIMITS } from '@newsroom/shared';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { checkPageSize } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { ActorMerge } from './actor-curation.entity';
import { Actor } from './actor.entity';

@ObjectType({ description: 'Two actors that may be the same, with why.' })
export class DuplicateCandidate {
  aId: string;
  bId: string;

  @Field(() => Float, { description: 'From 0 to 1: how likely they are the same.' })
  score: number;

  @Field(() => [String], { description: 'Why they were paired: name similarity, same Wikidata id, same post.' })
  reasons: string[];
}

@Resolver(() => DuplicateCandidate)
export class ActorCurationResolver {
  @Authorized()
  @Query(() => [DuplicateCandidate], { description: 'Likely duplicate actors, most likely first; pairs judged different are left out.' })
  actorDuplicates(
    @Arg('first', () => Int, { defaultValue: LIMITS.pageSizeDefault, description: `How many pairs, at most ${LIMITS.pageSizeMax}.` })
    first: number,
    @Ctx() { services }: Context,
  ) {
    return services.actorCuration.duplicates(checkPageSize(first));
  }

  @Authorized()
  @Query(() => [ActorMerge], { description: 'Recent merges, newest first, so that one can be undone later.' })
  actorMerges(
    @Arg('first', () => Int, { defaultValue: LIMITS.pageSizeDefault, description: `How many, at most ${LIMITS.pageSizeMax}.` })
    first: number,
    @Ctx() { services }: Context,
  ) {
    return services.actorCuration.merges(checkPageSize(first));
  }

  @FieldResolver(() => Actor, { description: 'One of the pair.' })
  a(@Root() pair: DuplicateCandidate, @Ctx() { loaders }: Context) {
    return loaders.actorById.load(pair.aId);
  }

  @FieldResolver(() => Actor, { description: 'The other.' })
  b(@Root() pair: DuplicateCandidate, @Ctx() { loaders }: Context) {
    return loaders.actorById.load(pair.bId);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Records that two actors are different people: the pair is not suggested again.' })
  judgeActorsDifferent(
    @Arg('aId', () => ID, { description: 'One actor.' }) aId: string,
    @Arg('bId', () => ID, { description: 'The other.' }) bId: string,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.actorCuration.judgeDifferent(aId, bId, viewer);
  }

  @Authorized()
  @Mutation(() => ActorMerge, {
    description:
      'Merges a duplicate into the actor kept: moves its quotes, mentions, roles and issue links (approved copies too), keeps its names as aliases and misspellings, deletes it. Undo with undoActorMerge.',
  })
  mergeActors(
    @Arg('sourceId', () => ID, { description: 'The duplicate, deleted by the merge.' }) sourceId: string,
    @Arg('targetId', () => ID, { description: 'The actor kept.' }) targetId: string,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.actorCuration.merge(sourceId, targetId, viewer);
  }

  @Authorized()
  @Mutation(() => ActorMerge, { description: 'Undoes a merge: everything moved goes back and the duplicate is restored.' })
  undoActorMerge(@Arg('mergeId', () => ID, { description: 'The merge to undo.' }) mergeId: string, @Ctx() { services, viewer }: Context) {
    return services.actorCuration.undoMerge(mergeId, viewer);
  }
}

@Resolver(() => ActorMerge)
export class ActorMergeResolver {
  @FieldResolver(() => Actor, { nullable: true, description: 'The duplicate merged away.' })
  source(@Root() merge: ActorMerge, @Ctx() { loaders }: Context) {
    return loaders.actorById.load(merge.sourceId);
  }

  @FieldResolver(() => Actor, { nullable: true, description: 'The actor kept.' })
  target(@Root() merge: ActorMerge, @Ctx() { loaders }: Context) {
    return loaders.actorById.load(merge.targetId);
  }
}
