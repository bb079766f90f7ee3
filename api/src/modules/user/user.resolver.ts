import { Role } from '@newsroom/shared';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { connectionType } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserInput, UsersArgs } from './user.inputs';

export const UserConnection = connectionType(User, 'User', 'A page of users.');

@Resolver(() => User)
export class UserResolver {
  @Authorized([Role.ADMIN])
  @Query(() => UserConnection, { description: 'Staff accounts by name (admins only).' })
  users(@Args() args: UsersArgs, @Ctx() { services }: Context) {
    return services.users.list(args);
  }

  @Authorized([Role.ADMIN])
  @Query(() => User, { nullable: true, description: 'One account by id (admins only).' })
  user(@Arg('id', () => ID, { description: "The record's id." }) id: string, @Ctx() { loaders }: Context) {
    return loaders.userById.load(id);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => User, { description: 'Creates a staff account (admins only).' })
  createUser(@Arg('input', { description: 'The fields to set.' }) input: CreateUserInput, @Ctx() { services, viewer }: Context) {
    return services.users.create(input, viewer);
  }

  @Authorized([Role.ADMIN])
  @Mutation(() => User, { description: "Changes an account; takes effect on the user's next request." })
  updateUser(
    @Arg('id', () => ID, { description: "The record's id." }) id: string,
    @Arg('input', { description: 'The fields to set.' }) input: UpdateUserInput,
    @Ctx() { services, viewer }: Context,
  ) {
    return services.users.update(id, input, viewer);
  }
}
