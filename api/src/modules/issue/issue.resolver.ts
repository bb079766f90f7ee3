import { LIMITS } from '@newsroom/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { checkPageSize, connectionType } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { preloaded, NOT_LOADED } from '../../graphql/read/compile';
import { Actor } from '../actor/actor.entity';
import { Quote } from '../quote/quote.entity';
import { Issue } from './issue.entity';
import { CreateIssueInput, IssuesArgs, UpdateIssueInput } from './issue.inputs';

export const IssueConnection = connectionType(Issue, 'Issue', 'A page of issues.');

@Resolver(() => Issue)
export class IssueResolver {
  @Query(() => IssueConnection, { description: `Issues, by title (or by relevance with a search); at most ${LIMITS.pageSizeMax} a page.` })
  issues(@Args() args: IssuesArgs, @Ctx() { services, viewer, read }: Context, @Info() info: GraphQLResolveInfo) {
    return services.issues.list(args, viewer, read.connection(info, 'Issue'));
  }

  @Query(() => Issue, { nullable: true, description: 'One issue by id; null when there is none.' })
  issue(@Arg('id', () => ID, { description: "The record's id." }) id: string, @Ctx() { read }: Context, @Info() info: GraphQLResolveInfo) {
    return read.one(info, 'Issue', 'id', id);
  }

  @Query(() => Issue, { nullable: true, description: 'One issue by its slug; null when there is none.' })
  issueBySlug(
    @Arg('slug', { description: 'The issue\'s slug, e.g. "peace-treaty-draft".' }) slug: string,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.issues.bySlug(slug, viewer);
  }

  @FieldResolver(() => Issue, { nullable: true, description: 'The broader issue; null at the top of the tree.' })
  parent(@Root() issue: Issue, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const loaded = preloaded(issue, info);
    if (loaded !== NOT_LOADED) return loaded;
    return issue.parentId ? loaders.issueById.load(issue.parentId) : null;
  }

  @FieldResolver(() => [Issue], { description: 'Narrower issues directly under this one, by title.' })
  children(@Root() issue: Issue, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const loaded = preloaded(issue, info);
    if (loaded !== NOT_LOADED) return loaded;
    return loaders.childrenByIssue.load(issue.id);
  }

  @FieldResolver(() => [Quote], {
    description:
      'Newest quotes on this issue itself. Page through all, sub-issues included, with quotes(filter: { issueId, includeSubIssues: true }).',
  })
  quotes(
    @Root() issue: Issue,
    @Ctx() { loaders }: Context,
    @Arg('first', () => Int, { defaultValue: LIMITS.pageSizeDefault, description: `How many, at most ${LIMITS.pageSizeMax}.` })
    first: number,
    @Info() info: GraphQLResolveInfo,
  ) {
    const loaded = preloaded(issue, info);
    if (loaded !== NOT_LOADED) return loaded;
    return loaders.quotesByIssue.get(checkPageSize(first)).load(issue.id);
  }

  @FieldResolver(() => [Actor], { description: 'Actors who are parties to the issue.' })
  actors(@Root() issue: Issue, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const loaded = preloaded(issue, info);
    if (loaded !== NOT_LOADED) return loaded;
    return loaders.actorsByIssue.load(issue.id);
  }

  @Authorized()
  @Mutation(() => Issue, { description: 'Records a new issue as a DRAFT; the slug is made from the title when omitted.' })
  createIssue(@Arg('input', { description: 'The fields to set.' }) input: CreateIssueInput, @Ctx() { services, viewer }: Context) {
    return services.issues.create(input, viewer);
  }

  @Authorized()
  @Mutation(() => Issue, { description: 'Changes an issue. A parent that would put the issue under itself is refused.' })
  updateIssue(
    @Arg('id', () => ID, { description: "The record's id." }) id: string,
    @Arg('input', { description: 'The fields to set.' }) input: UpdateIssueInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.issues.update(id, input, viewer);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Deletes an issue (soft, restorable). Refused while it has sub-issues.' })
  deleteIssue(
    @Arg('id', () => ID, { description: "The record's id." }) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'When given, a newer version refuses the delete with CONFLICT.' })
    expectedVersion: number | undefined,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.issues.delete(id, expectedVersion ?? undefined, viewer);
  }
}
