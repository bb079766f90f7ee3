import { Role } from '@newsroom/shared';
import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { connectionType } from '../../graphql/connection';
import type { Context } from '../../graphql/context';
import { User } from '../user/user.entity';
import { AuditEntry } from './audit.entity';
import { AuditArgs } from './audit.inputs';
import { listAudit } from './audit.service';

export const AuditEntryConnection = connectionType(AuditEntry, 'AuditEntry', 'A page of the audit log, newest first.');

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized([Role.REVIEWER, Role.ADMIN])
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (reviewers and admins).' })
  auditLog(@Args() args: AuditArgs, @Ctx() { services }: Context) {
    return listAudit(services.dataSource, args);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who did it; null for anonymous or system events.' })
  user(@Root() entry: AuditEntry, @Ctx() { loaders }: Context) {
    return entry.userId ? loaders.userById.load(entry.userId) : null;
  }
}
