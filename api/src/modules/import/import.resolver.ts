import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import type { Services } from '../../graphql/services';
import { Actor } from '../actor/actor.entity';
import { Issue } from '../issue/issue.entity';
import { ImportArticleInput } from './import.inputs';
import { ActorSuggestion, ArticleSuggestions, ImportResult, IssueSuggestion, SpeakerSuggestion } from './import.objects';
import { ImportService } from './import.service';

/** One ImportService a request (its matchers cache look-ups; a request is short). */
function importService(services: Services): ImportService {
  return new ImportService(services.dataSource, services.articles);
}

@Resolver()
export class ImportResolver {
  @Authorized()
  @Mutation(() => ImportResult, {
    description:
      'Imports one article: stores it as a DRAFT with the mentions of actors already known, and returns the quotes, speakers, actors and issues found, as suggestions to confirm with createQuote, createActor and updateActor. The same body twice is a DUPLICATE that creates nothing. Unreadable input (empty, no date line, binary, over the size limit) is BAD_USER_INPUT with extensions.importError naming the problem.',
  })
  importArticle(
    @Arg('input', { description: 'The article: `text` in the import format, or `title`, `publishedOn` and `body`.' })
    input: ImportArticleInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<ImportResult> {
    const imports = importService(services);
    return imports.importArticle(imports.parseRequest(input), viewer);
  }

  @Authorized()
  @Query(() => ArticleSuggestions, {
    description:
      'Runs extraction again on a stored article and returns its suggestions (quotes, speakers, actors, issues), matched against the actors and issues stored now. Writes nothing.',
  })
  articleSuggestions(
    @Arg('id', () => ID, { description: 'The article.' }) id: string,
    @Ctx() { services }: Context,
  ): Promise<ArticleSuggestions> {
    return importService(services).suggestionsFor(id);
  }
}

@Resolver(() => ActorSuggestion)
export class ActorSuggestionResolver {
  @FieldResolver(() => Actor, { nullable: true, description: 'The matched actor (with its version for updateActor); null for a new one.' })
  actor(@Root() suggestion: ActorSuggestion, @Ctx() { loaders }: Context) {
    return suggestion.matchedActorId ? loaders.actorById.load(suggestion.matchedActorId) : null;
  }
}

@Resolver(() => SpeakerSuggestion)
export class SpeakerSuggestionResolver {
  @FieldResolver(() => Actor, { nullable: true, description: 'The matched actor; null for a new or unnamed speaker.' })
  actor(@Root() suggestion: SpeakerSuggestion, @Ctx() { loaders }: Context) {
    return suggestion.actorId ? loaders.actorById.load(suggestion.actorId) : null;
  }
}

@Resolver(() => IssueSuggestion)
export class IssueSuggestionResolver {
  @FieldResolver(() => Issue, { nullable: true, description: 'The suggested issue.' })
  issue(@Root() suggestion: IssueSuggestion, @Ctx() { loaders }: Context) {
    return loaders.issueById.load(suggestion.issueId);
  }
}

/** Everything the import adds to the schema: spread into the resolver list of graphql/schema.ts. */
export const IMPORT_RESOLVERS = [ImportResolver, ActorSuggestionResolver, SpeakerSuggestionResolver, IssueSuggestionResolver] as const;
