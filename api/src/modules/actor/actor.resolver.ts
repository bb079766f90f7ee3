import { LIMITS } from '@newsroom/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { checkPageSize, connectionType } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { preloaded, NOT_LOADED } from '../../graphql/read/compile';
import { Issue } from '../issue/issue.entity';
import { Quote } from '../quote/quote.entity';
import { ActorRole } from './actor-role.entity';
import { Actor } from './actor.entity';
import { ActorsArgs, CreateActorInput, UpdateActorInput } from './actor.inputs';

export const ActorConnection = connectionType(Actor, 'Actor', 'A page of actors.');

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => ActorConnection, { description: `Actors, by name (or by relevance with a search); at most ${LIMITS.pageSizeMax} a page.` })
  actors(@Args() args: ActorsArgs, @Ctx() { services, viewer, read }: Context, @Info() info: GraphQLResolveInfo) {
    return services.actors.list(args, viewer, read.connection(info, 'Actor'));
  }

  @Query(() => Actor, { nullable: true, description: 'One actor by id; null when there is none.' })
  actor(@Arg('id', () => ID, { description: "The record's id." }) id: string, @Ctx() { read }: Context, @Info() info: GraphQLResolveInfo) {
    return read.one(info, 'Actor', 'id', id);
  }

  @FieldResolver(() => [ActorRole], { description: 'Posts held, latest first.' })
  roles(@Root() actor: Actor, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const loaded = preloaded(actor, info);
    if (loaded !== NOT_LOADED) return loaded;
    return loaders.rolesByActor.load(actor.id);
  }

  @FieldResolver(() => [Quote], {
    description: "The actor's newest quotes (alone or jointly). Page through all of them with quotes(filter: { speakerId }).",
  })
  quotes(
    @Root() actor: Actor,
    @Ctx() { loaders }: Context,
    @Arg('first', () => Int, { defaultValue: LIMITS.pageSizeDefault, description: `How many, at most ${LIMITS.pageSizeMax}.` })
    first: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    const loaded = preloaded(actor, info);
    if (loaded !== NOT_LOADED) return loaded;
    return loaders.quotesBySpeaker.get(checkPageSize(first)).load(actor.id);
  }

  @FieldResolver(() => [Issue], { description: 'Issues the actor is linked to as a party.' })
  issues(@Root() actor: Actor, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const loaded = preloaded(actor, info);
    if (loaded !== NOT_LOADED) return loaded;
    return loaders.issuesByActor.load(actor.id);
  }

  @Authorized()
  @Mutation(() => Actor, { description: 'Records a new actor as a DRAFT revision 1.' })
  createActor(@Arg('input', { description: 'The fields to set.' }) input: CreateActorInput, @Ctx() { services, viewer }: Context) {
    return services.actors.create(input, viewer);
  }

  @Authorized()
  @Mutation(() => Actor, {
    description: 'Changes an actor: a new revision; an approved actor stays public as approved until this one is approved.',
  })
  updateActor(
    @Arg('id', () => ID, { description: "The record's id." }) id: string,
    @Arg('input', { description: 'The fields to set.' }) input: UpdateActorInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.actors.update(id, input, viewer);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Deletes an actor (soft, restorable). Refused while they speak any quote.' })
  deleteActor(
    @Arg('id', () => ID, { description: "The record's id." }) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'When given, a newer version refuses the delete with CONFLICT.' })
    expectedVersion: number | undefined,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.actors.delete(id, expectedVersion ?? undefined, viewer);
  }
}

@Resolver(() => ActorRole)
export class ActorRoleResolver {
  @FieldResolver(() => Actor, { nullable: true, description: 'The organisation, country or body the post belongs to.' })
  organization(@Root() role: ActorRole, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const loaded = preloaded(role, info);
    if (loaded !== NOT_LOADED) return loaded;
    return role.organizationId ? loaders.actorById.load(role.organizationId) : null;
  }
}
