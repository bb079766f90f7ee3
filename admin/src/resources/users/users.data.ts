import type { Role, UserFilter } from '../../gql/graphql';
import { UserCreateDocument, UserCursorDocument, UserListDocument, UserOneDocument, UserUpdateDocument } from '../../gql/graphql';
import { fromConnection, fromCursorPage, operation } from '../../dataProvider/operation';
import { bool, changedOnly, text, type ListRequest, type ResourceDefinition } from '../../dataProvider/resource';

const ROLES: readonly string[] = ['EDITOR', 'REVIEWER', 'ADMIN'] satisfies Role[];
const role = (value: unknown) => (typeof value === 'string' && ROLES.includes(value) ? (value as Role) : undefined);

const filter = (f: Record<string, unknown>): UserFilter => ({ search: text(f.q), role: role(f.role), active: bool(f.active) });

// The API lists users by name only: no orderBy to pass on.
const variables = (r: ListRequest) => ({ first: r.first, after: r.after, filter: filter(r.filter) });

const input = (d: Record<string, unknown>) => ({
  name: text(d.name),
  role: role(d.role),
  active: typeof d.active === 'boolean' ? d.active : undefined,
});

export const userData: ResourceDefinition = {
  paged: true,
  list: (r) => operation(UserListDocument, variables(r), (d) => fromConnection(d.users, (u) => u)),
  cursor: (r) => operation(UserCursorDocument, variables(r), (d) => fromCursorPage(d.users)),
  one: (id) =>
    operation(UserOneDocument, { id }, (d) => {
      if (!d.user) throw new Error(`No user with id ${id}`);
      return { data: d.user };
    }),
  create: (d) =>
    operation(
      UserCreateDocument,
      {
        input: {
          email: text(d.email) ?? '',
          name: text(d.name) ?? '',
          role: role(d.role) ?? 'EDITOR',
          password: typeof d.password === 'string' ? d.password : '',
        },
      },
      (r) => ({ data: r.createUser }),
    ),
  // A password is only sent when typed in: the form never holds the stored one.
  update: (id, d, previous) =>
    operation(
      UserUpdateDocument,
      {
        id,
        input: {
          ...changedOnly(input(d), input(previous)),
          password: typeof d.password === 'string' && d.password !== '' ? d.password : undefined,
        },
      },
      (r) => ({ data: r.updateUser }),
    ),
};
