import { Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Actor } from '../actor/actor.entity';
import { FactCheck } from '../fact-check/fact-check.entity';
import { Article } from '../article/article.entity';
import { Issue } from '../issue/issue.entity';
import { Quote } from '../quote/quote.entity';
import { User } from '../user/user.entity';
import type { CuratedRecord } from './curated.entity';

/** The staff-only review fields of one curated type: null for anonymous clients. */
function curatedFieldsResolver<T extends CuratedRecord>(type: ClassType<T>) {
  @Resolver(() => type)
  class CuratedFieldsResolver {
    @FieldResolver(() => String, {
      nullable: true,
      description: "The reviewer's note when changes were requested. Staff only (null for clients).",
    })
    reviewNote(@Root() record: T, @Ctx() { viewer }: Context) {
      return viewer.user ? record.reviewNote : null;
    }

    @FieldResolver(() => User, { nullable: true, description: 'Who submitted the latest revision for review. Staff only.' })
    submittedBy(@Root() record: T, @Ctx() { viewer, loaders }: Context) {
      return viewer.user && record.submittedById ? loaders.userById.load(record.submittedById) : null;
    }

    @FieldResolver(() => User, { nullable: true, description: 'The reviewer asked to look at it, if any. Staff only.' })
    assignedReviewer(@Root() record: T, @Ctx() { viewer, loaders }: Context) {
      return viewer.user && record.assignedReviewerId ? loaders.userById.load(record.assignedReviewerId) : null;
    }

    @FieldResolver(() => User, { nullable: true, description: 'Who made the latest revision. Staff only.' })
    updatedBy(@Root() record: T, @Ctx() { viewer, loaders }: Context) {
      return viewer.user && record.updatedById ? loaders.userById.load(record.updatedById) : null;
    }
  }
  return CuratedFieldsResolver;
}

export const CURATED_FIELD_RESOLVERS = [Article, Actor, Quote, Issue, FactCheck].map((type) =>
  curatedFieldsResolver(type as ClassType<CuratedRecord>),
);
