import { IsUUID, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';

@InputType({ description: 'Narrows the audit log.' })
export class AuditFilter {
  @Field({ nullable: true, description: 'e.g. "approve" for recent approvals, "login" for sign-ins.' })
  action?: string;

  @Field(() => ID, { nullable: true, description: 'Events on this record.' })
  @IsUUID()
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'Events by this user.' })
  @IsUUID()
  userId?: string;

  @Field({ nullable: true, description: 'Only successes (true) or only refusals (false).' })
  success?: boolean;
}

@ArgsType()
export class AuditArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true, description: 'Narrows the log.' })
  @ValidateNested()
  filter?: AuditFilter;
}
