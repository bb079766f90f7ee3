import { LIMITS } from '@newsroom/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { preloaded, NOT_LOADED } from '../../graphql/read/compile';
import { connectionType } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Actor } from '../actor/actor.entity';
import { Outlet } from '../outlet/outlet.entity';
import { Quote } from '../quote/quote.entity';
import { ArticleMention } from './article-mention.entity';
import { Article } from './article.entity';
import { ArticlesArgs, CreateArticleInput, UpdateArticleInput } from './article.inputs';

export const ArticleConnection = connectionType(Article, 'Article', 'A page of articles.');

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, {
    description: `Articles, newest first unless orderBy says otherwise; at most ${LIMITS.pageSizeMax} a page.`,
  })
  articles(@Args() args: ArticlesArgs, @Ctx() { services, viewer, read }: Context, @Info() info: GraphQLResolveInfo) {
    return services.articles.list(args, viewer, read.connection(info, 'Article'));
  }

  @Query(() => Article, { nullable: true, description: 'One article by id; null when there is none.' })
  article(
    @Arg('id', () => ID, { description: "The record's id." }) id: string,
    @Ctx() { read }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return read.one(info, 'Article', 'id', id);
  }

  @Query(() => [Outlet], { description: 'Every outlet, by name: the values for the articles outlet filter.' })
  outlets(@Ctx() { services }: Context) {
    return services.articles.listOutlets();
  }

  @FieldResolver(() => Outlet, { nullable: true, description: 'The publication; null when unknown.' })
  outlet(@Root() article: Article, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const loaded = preloaded(article, info);
    if (loaded !== NOT_LOADED) return loaded;
    return article.outletId ? loaders.outletById.load(article.outletId) : null;
  }

  @FieldResolver(() => [Quote], { description: 'Every quote found in the article, in the order they appear.' })
  quotes(@Root() article: Article, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const loaded = preloaded(article, info);
    if (loaded !== NOT_LOADED) return loaded;
    return loaders.quotesByArticle.load(article.id);
  }

  @FieldResolver(() => [ArticleMention], { description: 'Every place an actor is named, in order of appearance.' })
  mentions(@Root() article: Article, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const loaded = preloaded(article, info);
    if (loaded !== NOT_LOADED) return loaded;
    return loaders.mentionsByArticle.load(article.id);
  }

  @Authorized()
  @Mutation(() => Article, { description: 'Stores an article. The same body twice is a CONFLICT naming the stored one.' })
  createArticle(@Arg('input', { description: 'The fields to set.' }) input: CreateArticleInput, @Ctx() { services, viewer }: Context) {
    return services.articles.create(input, viewer);
  }

  @Authorized()
  @Mutation(() => Article, {
    description: 'Changes an article: a new revision. A new body must keep every quote and mention at its offsets.',
  })
  updateArticle(
    @Arg('id', () => ID, { description: "The record's id." }) id: string,
    @Arg('input', { description: 'The fields to set.' }) input: UpdateArticleInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.articles.update(id, input, viewer);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Deletes an article (soft, restorable). Refused while it has quotes.' })
  deleteArticle(
    @Arg('id', () => ID, { description: "The record's id." }) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'When given, a newer version refuses the delete with CONFLICT.' })
    expectedVersion: number | undefined,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.articles.delete(id, expectedVersion ?? undefined, viewer);
  }
}

@Resolver(() => ArticleMention)
export class ArticleMentionResolver {
  @FieldResolver(() => Actor, { description: 'The actor named.' })
  actor(@Root() mention: ArticleMention, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const loaded = preloaded(mention, info);
    if (loaded !== NOT_LOADED) return loaded;
    return loaders.actorById.load(mention.actorId);
  }
}
