import { ACCOUNT_LIMITS, Role } from '@newsroom/shared';
import { IsEmail, Length, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(ACCOUNT_LIMITS.emailMax)
  email: string;

  @Field()
  @Length(1, 200)
  name: string;

  @Field(() => Role)
  role: Role;

  @Field({ description: `${ACCOUNT_LIMITS.passwordMin} to ${ACCOUNT_LIMITS.passwordMax} characters; passphrases welcome.` })
  @Length(ACCOUNT_LIMITS.passwordMin, ACCOUNT_LIMITS.passwordMax, {
    message: `password must be ${ACCOUNT_LIMITS.passwordMin} to ${ACCOUNT_LIMITS.passwordMax} characters long`,
  })
  password: string;
}

@InputType({ description: "Changes to an account. Role and active take effect on the user's next request." })
export class UpdateUserInput {
  @Field({ nullable: true })
  @Length(1, 200)
  name?: string;

  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field({ nullable: true, description: 'false signs the user out everywhere and stops their tokens.' })
  active?: boolean;

  @Field({ nullable: true })
  @Length(ACCOUNT_LIMITS.passwordMin, ACCOUNT_LIMITS.passwordMax, {
    message: `password must be ${ACCOUNT_LIMITS.passwordMin} to ${ACCOUNT_LIMITS.passwordMax} characters long`,
  })
  password?: string;
}

@InputType()
export class UserFilter {
  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field({ nullable: true })
  active?: boolean;

  @Field({ nullable: true, description: 'Part of the name or email.' })
  @Length(1, 200)
  search?: string;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true })
  @ValidateNested()
  filter?: UserFilter;
}
