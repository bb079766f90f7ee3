import { ACCOUNT_LIMITS, Role } from '@newsroom/shared';
import { IsEmail, Length, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';

@InputType({ description: 'A new staff account.' })
export class CreateUserInput {
  @Field({ description: 'Sign-in address; unique, ignoring case.' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(ACCOUNT_LIMITS.emailMax)
  email: string;

  @Field({ description: 'The canonical name, spelled correctly.' })
  @Length(1, 200)
  name: string;

  @Field(() => Role, { description: 'What the user may do.' })
  role: Role;

  @Field({ description: `${ACCOUNT_LIMITS.passwordMin} to ${ACCOUNT_LIMITS.passwordMax} characters; passphrases welcome.` })
  @Length(ACCOUNT_LIMITS.passwordMin, ACCOUNT_LIMITS.passwordMax, {
    message: `password must be ${ACCOUNT_LIMITS.passwordMin} to ${ACCOUNT_LIMITS.passwordMax} characters long`,
  })
  password: string;
}

@InputType({ description: "Changes to an account. Role and active take effect on the user's next request." })
export class UpdateUserInput {
  @Field({ nullable: true, description: 'The canonical name, spelled correctly.' })
  @Length(1, 200)
  name?: string;

  @Field(() => Role, { nullable: true, description: 'What the user may do.' })
  role?: Role;

  @Field({ nullable: true, description: 'false signs the user out everywhere and stops their tokens.' })
  active?: boolean;

  @Field({ nullable: true, description: "A new password; ends the user's open sessions." })
  @Length(ACCOUNT_LIMITS.passwordMin, ACCOUNT_LIMITS.passwordMax, {
    message: `password must be ${ACCOUNT_LIMITS.passwordMin} to ${ACCOUNT_LIMITS.passwordMax} characters long`,
  })
  password?: string;
}

@InputType({ description: 'Narrows the list of users.' })
export class UserFilter {
  @Field(() => Role, { nullable: true, description: 'What the user may do.' })
  role?: Role;

  @Field({ nullable: true, description: 'false blocks sign-in at once.' })
  active?: boolean;

  @Field({ nullable: true, description: 'Part of the name or email.' })
  @Length(1, 200)
  search?: string;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilter, { nullable: true, description: 'Narrows the list; all given conditions must hold.' })
  @ValidateNested()
  filter?: UserFilter;
}
