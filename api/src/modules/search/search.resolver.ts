import { LIMITS } from '@newsroom/shared';
import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver, createUnionType } from 'type-graphql';
import { checkPageSize } from '../../graphql/connection';
import { nodeLoader, type Context } from '../../graphql/context';
import { Node } from '../../graphql/node';
import { Actor } from '../actor/actor.entity';
import { Article } from '../article/article.entity';
import { Issue } from '../issue/issue.entity';
import { Quote } from '../quote/quote.entity';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'Anything search can find.',
  types: () => [Actor, Article, Issue, Quote] as const,
});

@ObjectType({ description: 'One search result with its score.' })
export class SearchHit {
  @Field(() => Float, { description: 'Between 0 and 1, higher is closer. Names score by trigram closeness, texts by full-text rank.' })
  score: number;

  @Field(() => SearchResult, { description: 'The record found.' })
  node: Actor | Article | Issue | Quote;
}

@Resolver()
export class SearchResolver {
  @Query(() => Node, { nullable: true, description: 'Any actor, article, issue or quote by id; null when there is none.' })
  async node(@Arg('id', () => ID, { description: "Any record's id." }) id: string, @Ctx() ctx: Context) {
    const type = await ctx.services.search.typeOf(id, ctx.viewer);
    return type ? nodeLoader(ctx.loaders, type).load(id) : null;
  }

  @Query(() => [SearchHit], { description: 'Actors, issues, quotes and articles matching the query, best first.' })
  async search(
    @Arg('query', { description: 'Words to look for: names fuzzily, texts by full-text search.' }) query: string,
    @Arg('first', () => Int, { defaultValue: LIMITS.pageSizeDefault, description: `How many hits, at most ${LIMITS.pageSizeMax}.` })
    first: number,
    @Ctx() ctx: Context,
  ): Promise<SearchHit[]> {
    const hits = await ctx.services.search.search(query, checkPageSize(first), ctx.viewer);
    const nodes = await Promise.all(hits.map((h) => nodeLoader(ctx.loaders, h.type).load(h.id)));
    return hits.flatMap((h, i) => (nodes[i] ? [{ score: h.score, node: nodes[i] as SearchHit['node'] }] : []));
  }
}
