import { SortDirection, type Role } from '@newsroom/shared';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../auth/password';
import type { Viewer } from '../../auth/viewer';
import { asEntity, entityColumns } from '../../database/select';
import { paginate, type ConnectionResult } from '../../graphql/connection';
import { conflict, notFound } from '../../graphql/errors';
import { recordAudit } from '../audit/audit.service';
import { User } from './user.entity';
import type { UpdateUserInput, UsersArgs } from './user.inputs';

export class UserService {
  constructor(private readonly db: EntityManager) {}

  async list(args: UsersArgs): Promise<ConnectionResult<User>> {
    const ds = this.db.connection;
    const qb = this.db
      .createQueryBuilder()
      .select(entityColumns(ds, User, 'u'))
      .from('users', 'u');
    const f = args.filter ?? {};
    if (f.role) qb.andWhere('u.role = :role', { role: f.role });
    if (f.active !== undefined && f.active !== null) qb.andWhere('u.active = :active', { active: f.active });
    if (f.search) qb.andWhere('(u.name ILIKE :like OR u.email ILIKE :like)', { like: `%${f.search.replace(/[%_\\]/g, '\\$&')}%` });
    return paginate(qb, 'u', args, { expression: 'lower(u.name)', sqlType: 'text', direction: SortDirection.ASC }, (row) =>
      asEntity(ds, User, row),
    );
  }

  async create(input: { email: string; name: string; role: Role; password: string }, viewer: Viewer): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (em) => {
      const email = input.email.trim().toLowerCase();
      const existing = await em.createQueryBuilder(User, 'u').where('lower(u.email) = :email', { email }).getOne();
      if (existing) throw conflict(`A user with the email ${email} already exists`, { existingUserId: existing.id });
      const user = await em.save(em.create(User, { email, name: input.name.trim(), role: input.role, passwordHash, active: true }));
      await recordAudit(em, viewer, { action: 'createUser', entityType: 'USER', entityId: user.id, details: { role: user.role } });
      return user;
    });
  }

  async update(id: string, input: UpdateUserInput, viewer: Viewer): Promise<User> {
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    return this.db.transaction(async (em) => {
      const user = await em.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('user', id);
      if (input.name !== undefined) user.name = input.name.trim();
      if (input.role !== undefined) user.role = input.role;
      if (input.active !== undefined) user.active = input.active;
      if (passwordHash) user.passwordHash = passwordHash;
      const saved = await em.save(user);
      // A new password or a deactivation ends every open session.
      if (passwordHash || input.active === false) await em.query('DELETE FROM sessions WHERE user_id = $1', [id]);
      await recordAudit(em, viewer, {
        action: 'updateUser',
        entityType: 'USER',
        entityId: id,
        details: {
          fields: Object.keys(input)
            .filter((k) => (input as Record<string, unknown>)[k] !== undefined)
            .map((k) => (k === 'password' ? 'password (changed)' : k)),
        },
      });
      return saved;
    });
  }
}
