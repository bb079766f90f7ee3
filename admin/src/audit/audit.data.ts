import type { AuditFilter } from '../gql/graphql';
import { AuditLogCursorDocument, AuditLogDocument } from '../gql/graphql';
import { fromConnection, fromCursorPage, operation } from '../dataProvider/operation';
import { bool, text, type ListRequest, type ResourceDefinition } from '../dataProvider/resource';

const filter = (f: Record<string, unknown>): AuditFilter => ({
  action: text(f.action),
  entityId: text(f.entityId),
  userId: text(f.userId),
  success: bool(f.success),
});

// Newest first is the log's only order.
const variables = (r: ListRequest) => ({ first: r.first, after: r.after, filter: filter(r.filter) });

export const auditData: ResourceDefinition = {
  paged: true,
  list: (r) => operation(AuditLogDocument, variables(r), (d) => fromConnection(d.auditLog, (e) => e)),
  cursor: (r) => operation(AuditLogCursorDocument, variables(r), (d) => fromCursorPage(d.auditLog)),
};
