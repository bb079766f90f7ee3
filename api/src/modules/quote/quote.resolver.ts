import { LIMITS } from '@newsroom/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Info, ObjectType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { preloaded, NOT_LOADED } from '../../graphql/read/compile';
import { connectionType } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { Actor } from '../actor/actor.entity';
import { Article } from '../article/article.entity';
import { Issue } from '../issue/issue.entity';
import { Quote } from './quote.entity';
import { CreateQuoteInput, QuotesArgs, UpdateQuoteInput } from './quote.inputs';
import { verbatimCheck } from './quote.service';
import { rolesOn, titleBefore, titleFits } from '../actor/title-check';

@ObjectType({ description: "Whether a quote's text is what its article holds at its offsets." })
export class VerbatimCheck {
  @Field({ description: 'The text matches the article word for word (required of DIRECT quotes).' })
  matches: boolean;

  @Field({ description: 'What the article holds at the offsets.' })
  found: string;
}

@ObjectType({ description: "A title the article gives the speaker, checked against the roles they held on the article's date." })
export class TitleCheck {
  @Field({ description: 'The words as the article has them, e.g. "Foreign Minister".' })
  title: string;

  @Field({ description: 'The name that follows, as written (misspellings included).' })
  mention: string;

  @Field(() => Int, { description: 'Offset of the name in the article body.' })
  startOffset: number;

  @Field({ description: 'true when a role held on that date fits the title; false flags it for editors.' })
  matches: boolean;

  @Field(() => [String], { description: 'The roles held on that date, for comparison.' })
  rolesOnDate: string[];
}

export const QuoteConnection = connectionType(Quote, 'Quote', 'A page of quotes.');

@Resolver(() => Quote)
export class QuoteResolver {
  @Query(() => QuoteConnection, {
    description: `Quotes, newest said first unless orderBy says otherwise; at most ${LIMITS.pageSizeMax} a page.`,
  })
  quotes(@Args() args: QuotesArgs, @Ctx() { services, viewer, read }: Context, @Info() info: GraphQLResolveInfo) {
    return services.quotes.list(args, viewer, read.connection(info, 'Quote'));
  }

  @Query(() => Quote, { nullable: true, description: 'One quote by id; null when there is none.' })
  quote(@Arg('id', () => ID, { description: "The record's id." }) id: string, @Ctx() { read }: Context, @Info() info: GraphQLResolveInfo) {
    return read.one(info, 'Quote', 'id', id);
  }

  @FieldResolver(() => Actor, { description: 'Who said it (the first of several when said jointly).' })
  speaker(@Root() quote: Quote, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const loaded = preloaded(quote, info);
    if (loaded !== NOT_LOADED) return loaded;
    return loaders.actorById.load(quote.speakerId);
  }

  @FieldResolver(() => [Actor], { description: 'Others who said it jointly with the speaker, e.g. both presidents in a joint statement.' })
  coSpeakers(@Root() quote: Quote, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const loaded = preloaded(quote, info);
    if (loaded !== NOT_LOADED) return loaded;
    return loaders.coSpeakersByQuote.load(quote.id);
  }

  @FieldResolver(() => Article, { description: 'The article the quote was found in.' })
  article(@Root() quote: Quote, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const loaded = preloaded(quote, info);
    if (loaded !== NOT_LOADED) return loaded;
    return loaders.articleById.load(quote.articleId);
  }

  @FieldResolver(() => VerbatimCheck, {
    nullable: true,
    description: 'The verbatim check against the article, for editors and for readers who want proof.',
  })
  async verbatim(@Root() quote: Quote, @Ctx() { loaders }: Context) {
    const article = await loaders.articleById.load(quote.articleId);
    return article ? verbatimCheck(article.body, quote) : null;
  }

  @FieldResolver(() => [TitleCheck], {
    description:
      'Titles the article gives the speaker (e.g. "Foreign Minister Bayramov"), each checked against the roles held on the article\'s date.',
  })
  async titleChecks(@Root() quote: Quote, @Ctx() { loaders }: Context): Promise<TitleCheck[]> {
    const [article, mentions, roles] = await Promise.all([
      loaders.articleById.load(quote.articleId),
      loaders.mentionsByArticle.load(quote.articleId),
      loaders.rolesByActor.load(quote.speakerId),
    ]);
    if (!article) return [];
    const held = rolesOn(roles, article.publishedOn);
    return mentions
      .filter((m) => m.actorId === quote.speakerId)
      .flatMap((m) => {
        const title = titleBefore(article.body, m.startOffset);
        return title
          ? [
              {
                title,
                mention: m.text,
                startOffset: m.startOffset,
                matches: held.some((r) => titleFits(title, r)),
                rolesOnDate: held.map((r) => r.title),
              },
            ]
          : [];
      });
  }

  @FieldResolver(() => [Issue], { description: 'Issues the quote concerns, by title.' })
  issues(@Root() quote: Quote, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo) {
    const loaded = preloaded(quote, info);
    if (loaded !== NOT_LOADED) return loaded;
    return loaders.issuesByQuote.load(quote.id);
  }

  @Authorized()
  @Mutation(() => Quote, { description: 'Records a quote. Refused unless `text` is exactly the article body between the offsets.' })
  createQuote(@Arg('input', { description: 'The fields to set.' }) input: CreateQuoteInput, @Ctx() { services, viewer }: Context) {
    return services.quotes.create(input, viewer);
  }

  @Authorized()
  @Mutation(() => Quote, { description: 'Changes a quote. A changed text, article or offsets are checked against the article body again.' })
  updateQuote(
    @Arg('id', () => ID, { description: "The record's id." }) id: string,
    @Arg('input', { description: 'The fields to set.' }) input: UpdateQuoteInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.quotes.update(id, input, viewer);
  }

  @Authorized()
  @Mutation(() => ID, {
    description: 'Deletes a quote (soft: hidden from lists and clients, restorable from its revisions); returns its id.',
  })
  deleteQuote(
    @Arg('id', () => ID, { description: "The record's id." }) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'When given, a newer version refuses the delete with CONFLICT.' })
    expectedVersion: number | undefined,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.quotes.delete(id, expectedVersion ?? undefined, viewer);
  }
}
