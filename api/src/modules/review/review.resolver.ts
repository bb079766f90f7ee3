import { Role } from '@newsroom/shared';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { connectionType } from '../../graphql/connection';
import { nodeLoader, type Context } from '../../graphql/context';
import { User } from '../user/user.entity';
import { CuratedRecord } from './curated.entity';
import { CURATED } from './curated.registry';
import { diffSnapshots } from './diff';
import { ReviewItem } from './review-item.type';
import { ReviewQueueArgs } from './review.inputs';
import { FieldChange, Revision } from './revision.entity';

export const ReviewItemConnection = connectionType(ReviewItem, 'ReviewItem', 'A page of the review queue.');

@Resolver()
export class ReviewResolver {
  @Authorized()
  @Query(() => ReviewItemConnection, { description: 'Records waiting for review, oldest submission first.' })
  reviewQueue(@Args() args: ReviewQueueArgs, @Ctx() { services, viewer }: Context) {
    return services.review.queue(args, viewer);
  }

  @Authorized()
  @Query(() => [Revision], { description: 'Every revision of a record, newest first, with field-level changes.' })
  revisions(@Arg('id', () => ID, { description: 'Any article, actor, quote or issue.' }) id: string, @Ctx() { services }: Context) {
    return services.review.revisions(id);
  }

  @Authorized()
  @Mutation(() => CuratedRecord, { description: 'DRAFT or CHANGES_REQUESTED (after edits) → IN_REVIEW.' })
  submitForReview(@Arg('id', () => ID, { description: 'The record to submit.' }) id: string, @Ctx() { services, viewer }: Context) {
    return services.review.submitForReview(id, viewer);
  }

  @Authorized([Role.REVIEWER, Role.ADMIN])
  @Mutation(() => CuratedRecord, {
    description:
      'IN_REVIEW → APPROVED: clients now see this revision. Refused for your own revision (four eyes), for a revision that is not the latest (CONFLICT), and while it links to unapproved records.',
  })
  approve(
    @Arg('id', () => ID, { description: 'The record to approve.' }) id: string,
    @Arg('revision', () => Int, { description: "The revision you reviewed (the record's `version`)." }) revision: number,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.review.approve(id, revision, viewer);
  }

  @Authorized([Role.REVIEWER, Role.ADMIN])
  @Mutation(() => CuratedRecord, { description: 'IN_REVIEW → CHANGES_REQUESTED, with a note for the editor.' })
  requestChanges(
    @Arg('id', () => ID, { description: 'The record to send back.' }) id: string,
    @Arg('note', { description: 'What needs to change.' }) note: string,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.review.requestChanges(id, note, viewer);
  }

  @Authorized()
  @Mutation(() => CuratedRecord, { description: 'Asks a reviewer to look at the record; null clears the assignment.' })
  assignReviewer(
    @Arg('id', () => ID, { description: "The record's id." }) id: string,
    @Arg('reviewerId', () => ID, { nullable: true, description: 'An active reviewer or admin; null clears the assignment.' })
    reviewerId: string | null,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.review.assignReviewer(id, reviewerId ?? null, viewer);
  }

  @Authorized()
  @Mutation(() => CuratedRecord, {
    description:
      'Brings back an earlier revision as a new draft revision (also undeletes). Never rewrites history, never publishes by itself.',
  })
  restoreRevision(
    @Arg('id', () => ID, { description: 'The record.' }) id: string,
    @Arg('revision', () => Int, { description: 'The revision whose content to bring back.' }) revision: number,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.review.restoreRevision(id, revision, viewer);
  }
}

@Resolver(() => ReviewItem)
export class ReviewItemResolver {
  @FieldResolver(() => CuratedRecord, { description: 'The record itself, as it stands now.' })
  node(@Root() item: ReviewItem, @Ctx() ctx: Context) {
    return nodeLoader(ctx.loaders, CURATED[item.type].typeName).load(item.id);
  }

  @FieldResolver(() => [FieldChange], {
    description: 'Field-by-field: the pending revision against the approved one (every field when never approved).',
  })
  async changes(@Root() item: ReviewItem, @Ctx() { loaders }: Context) {
    const [approved, pending] = await Promise.all([
      item.approvedVersion ? loaders.snapshotByRevision.load(`${item.id}:${item.approvedVersion}`) : null,
      loaders.snapshotByRevision.load(`${item.id}:${item.version}`),
    ]);
    return diffSnapshots(approved, pending ?? {});
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who submitted it.' })
  submittedBy(@Root() item: ReviewItem, @Ctx() { loaders }: Context) {
    return item.submittedById ? loaders.userById.load(item.submittedById) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The reviewer asked to look at it, if any.' })
  assignedReviewer(@Root() item: ReviewItem, @Ctx() { loaders }: Context) {
    return item.assignedReviewerId ? loaders.userById.load(item.assignedReviewerId) : null;
  }
}

@Resolver(() => Revision)
export class RevisionResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who made it; null for system work such as the demo data.' })
  author(@Root() revision: Revision, @Ctx() { loaders }: Context) {
    return revision.authorId ? loaders.userById.load(revision.authorId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The reviewer who approved this revision, if approved.' })
  approvedBy(@Root() revision: Revision, @Ctx() { loaders }: Context) {
    return revision.approvedById ? loaders.userById.load(revision.approvedById) : null;
  }
}

const LINKS: Record<string, 'actor' | 'article' | 'issue' | 'quote'> = {
  speakerId: 'actor',
  coSpeakerIds: 'actor',
  actorIds: 'actor',
  organizationId: 'actor',
  articleId: 'article',
  issueIds: 'issue',
  parentId: 'issue',
  quoteId: 'quote',
};

/** For fields that hold ids: the names behind them, so a diff reads "Jeyhun Bayramov" rather than a UUID. */
async function labelsOf(field: string, value: unknown, { loaders }: Context): Promise<unknown> {
  const kind = LINKS[field];
  if (!kind || value === null || value === undefined) return null;
  const label = async (id: unknown) => {
    if (typeof id !== 'string') return null;
    switch (kind) {
      case 'actor':
        return (await loaders.actorById.load(id))?.name ?? null;
      case 'article':
        return (await loaders.articleById.load(id))?.title ?? null;
      case 'issue':
        return (await loaders.issueById.load(id))?.title ?? null;
      default:
        return (await loaders.quoteById.load(id))?.text.slice(0, 80) ?? null;
    }
  };
  return Array.isArray(value) ? Promise.all(value.map(label)) : label(value);
}

@Resolver(() => FieldChange)
export class FieldChangeResolver {
  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description: 'For id fields: the name or title behind each id in `from` (null otherwise).',
  })
  fromLabel(@Root() change: FieldChange, @Ctx() ctx: Context) {
    return labelsOf(change.field, change.from, ctx);
  }

  @FieldResolver(() => GraphQLJSON, {
    nullable: true,
    description: 'For id fields: the name or title behind each id in `to` (null otherwise).',
  })
  toLabel(@Root() change: FieldChange, @Ctx() ctx: Context) {
    return labelsOf(change.field, change.to, ctx);
  }
}
