import { Role, SortDirection } from '@newsroom/shared';
import { IsUUID, ValidateNested } from 'class-validator';
import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, InputType, Query, Resolver, Root } from 'type-graphql';
import { asEntity, entityColumns } from '../../database/select';
import { connectionType, PageArgs, paginate } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { User } from '../user/user.entity';
import { AuditEntry } from './audit.entity';

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

export const AuditEntryConnection = connectionType(AuditEntry, 'AuditEntry', 'A page of the audit log, newest first.');

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized([Role.REVIEWER, Role.ADMIN])
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (reviewers and admins).' })
  auditLog(@Args() args: AuditArgs, @Ctx() { services }: Context) {
    const db = services.dataSource;
    const qb = db
      .createQueryBuilder()
      .select(entityColumns(db.connection, AuditEntry, 'a'))
      .from('audit_log', 'a');
    const f = args.filter ?? {};
    if (f.action) qb.andWhere('a.action = :action', { action: f.action });
    if (f.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: f.entityId });
    if (f.userId) qb.andWhere('a.user_id = :userId', { userId: f.userId });
    if (f.success !== undefined && f.success !== null) qb.andWhere('a.success = :success', { success: f.success });
    return paginate(qb, 'a', args, { expression: 'a.at', sqlType: 'timestamptz', direction: SortDirection.DESC, idType: 'int8' }, (row) =>
      asEntity(db.connection, AuditEntry, row),
    );
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who did it; null for anonymous or system events.' })
  user(@Root() entry: AuditEntry, @Ctx() { loaders }: Context) {
    return entry.userId ? loaders.userById.load(entry.userId) : null;
  }
}
