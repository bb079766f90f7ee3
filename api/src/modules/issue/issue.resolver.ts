import { LIMITS } from '@newsroom/shared';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { checkPageSize, connectionType } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Actor } from '../actor/actor.entity';
import { Quote } from '../quote/quote.entity';
import { Issue } from './issue.entity';
import { CreateIssueInput, IssuesArgs, UpdateIssueInput } from './issue.inputs';

export const IssueConnection = connectionType(Issue, 'Issue', 'A page of issues.');

@Resolver(() => Issue)
export class IssueResolver {
  @Query(() => IssueConnection, { description: `Issues, by title (or by relevance with a search); at most ${LIMITS.pageSizeMax} a page.` })
  issues(@Args() args: IssuesArgs, @Ctx() { services }: Context) {
    return services.issues.list(args);
  }

  @Query(() => Issue, { nullable: true, description: 'One issue by id; null when there is none.' })
  issue(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.issueById.load(id);
  }

  @Query(() => Issue, { nullable: true, description: 'One issue by its slug; null when there is none.' })
  issueBySlug(@Arg('slug') slug: string, @Ctx() { services }: Context) {
    return services.issues.bySlug(slug);
  }

  @FieldResolver(() => Issue, { nullable: true, description: 'The broader issue; null at the top of the tree.' })
  parent(@Root() issue: Issue, @Ctx() { loaders }: Context) {
    return issue.parentId ? loaders.issueById.load(issue.parentId) : null;
  }

  @FieldResolver(() => [Issue], { description: 'Narrower issues directly under this one, by title.' })
  children(@Root() issue: Issue, @Ctx() { loaders }: Context) {
    return loaders.childrenByIssue.load(issue.id);
  }

  @FieldResolver(() => [Quote], {
    description: 'Newest quotes on this issue itself. Page through all, sub-issues included, with quotes(filter: { issueId, includeSubIssues: true }).',
  })
  quotes(
    @Root() issue: Issue,
    @Ctx() { loaders }: Context,
    @Arg('first', () => Int, { defaultValue: LIMITS.pageSizeDefault }) first: number,
  ) {
    return loaders.quotesByIssue.get(checkPageSize(first)).load(issue.id);
  }

  @FieldResolver(() => [Actor], { description: 'Actors who are parties to the issue.' })
  actors(@Root() issue: Issue, @Ctx() { loaders }: Context) {
    return loaders.actorsByIssue.load(issue.id);
  }

  @Mutation(() => Issue)
  createIssue(@Arg('input') input: CreateIssueInput, @Ctx() { services }: Context) {
    return services.issues.create(input);
  }

  @Mutation(() => Issue, { description: 'Changes an issue. A parent that would put the issue under itself is refused.' })
  updateIssue(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateIssueInput, @Ctx() { services }: Context) {
    return services.issues.update(id, input);
  }

  @Mutation(() => ID, { description: 'Deletes an issue and its links. Refused while it has sub-issues.' })
  deleteIssue(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.issues.delete(id);
  }
}
