import { ACCOUNT_LIMITS, Role } from '@newsroom/shared';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { User } from '../modules/user/user.entity';
import { ApiToken } from './api-token.entity';
import { clearSessionCookie, setSessionCookie } from './cookies';

@ObjectType({ description: 'A new API token. The token itself is shown only here, once.' })
export class CreatedApiToken {
  @Field({ description: 'Send as "Authorization: Bearer <token>". Store it now: it cannot be shown again.' })
  token: string;

  @Field(() => ApiToken, { description: 'The stored token record.' })
  apiToken: ApiToken;
}

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user; null for anonymous clients.' })
  me(@Ctx() { viewer }: Context) {
    return viewer.user;
  }

  @Mutation(() => User, {
    // Nullable so that a refused attempt does not stop the next one in the same request:
    // every attempt runs, is counted against the hourly limit and is audited.
    nullable: true,
    description:
      'Signs in and sets an HttpOnly session cookie; returns the user. A refused attempt answers null with an error: a wrong password and an unknown email get the same error, and failed attempts are limited per account (each attempt counted, aliases included).',
  })
  async login(
    @Arg('email', { description: 'Sign-in address (any case).' }) email: string,
    @Arg('password', { description: 'The password.' }) password: string,
    @Ctx() ctx: Context,
  ) {
    if (password.length > ACCOUNT_LIMITS.passwordMax) throw badInput(`password is longer than ${ACCOUNT_LIMITS.passwordMax} characters`);
    const { user, token, expiresAt } = await ctx.services.auth.login(email, password, ctx.viewer);
    setSessionCookie(ctx.req, ctx.res, token, expiresAt);
    return user;
  }

  @Mutation(() => Boolean, { description: 'Ends this session and clears its cookie.' })
  async logout(@Ctx() ctx: Context) {
    await ctx.services.auth.logout(ctx.sessionToken, ctx.viewer);
    clearSessionCookie(ctx.req, ctx.res);
    return true;
  }

  @Authorized([Role.ADMIN])
  @Query(() => [ApiToken], { description: 'API tokens, newest first; of one user when userId is given.' })
  apiTokens(
    @Arg('userId', () => ID, { nullable: true, description: "Only this user's tokens." }) userId: string | undefined,
    @Ctx() { services }: Context,
  ) {
    return services.auth.listTokens(userId ?? undefined);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => CreatedApiToken, { description: "Creates a personal API token for a user's scripts." })
  createApiToken(
    @Arg('userId', () => ID, { description: 'Whose scripts will use it.' }) userId: string,
    @Arg('name', { description: 'What it is for.' }) name: string,
    @Ctx() { services, viewer }: Context,
  ) {
    if (!name.trim() || name.length > ACCOUNT_LIMITS.tokenNameMax)
      throw badInput(`name must be 1 to ${ACCOUNT_LIMITS.tokenNameMax} characters`);
    return services.auth.createToken(userId, name, viewer);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => ApiToken, { description: 'Revokes a token: it stops working at once.' })
  revokeApiToken(@Arg('id', () => ID, { description: "The token's id." }) id: string, @Ctx() { services, viewer }: Context) {
    return services.auth.revokeToken(id, viewer);
  }
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Whose token it is.' })
  user(@Root() token: ApiToken, @Ctx() { loaders }: Context) {
    return loaders.userById.load(token.userId);
  }
}
