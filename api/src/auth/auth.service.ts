import { ACCOUNT_LIMITS } from '@newsroom/shared';
import type { EntityManager } from 'typeorm';
import { AppError, notFound } from '../graphql/errors';
import { recordAudit } from '../modules/audit/audit.service';
import { asEntity, entityColumns } from '../database/select';
import { User } from '../modules/user/user.entity';
import { ApiToken } from './api-token.entity';
import { burnVerification, verifyPassword } from './password';
import { Session } from './session.entity';
import { newSecret, secretHash } from './tokens';
import type { Viewer } from './viewer';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export const TOKEN_PREFIX = 'nkb_';

const WRONG = 'Email or password is incorrect';

/**
 * Sign-in, sessions and API tokens. Every request resolves its user afresh, so
 * a deactivation or a role change applies from the user's next request.
 */
export class AuthService {
  constructor(
    private readonly db: EntityManager,
    private readonly policy: SessionPolicy,
  ) {}

  /** Returns the user and a new session token (for the cookie). Unknown email and wrong password answer alike. */
  async login(emailInput: string, password: string, viewer: Viewer): Promise<{ user: User; token: string; expiresAt: Date }> {
    const email = emailInput.trim().toLowerCase();
    const [{ failures }] = await this.db.query(
      `SELECT count(*)::int AS failures FROM audit_log
        WHERE action = 'login' AND success = false AND details->>'email' = $1 AND at > now() - interval '1 hour'`,
      [email],
    );
    if (failures >= ACCOUNT_LIMITS.failedLoginsPerHour) {
      await recordAudit(this.db, viewer, { action: 'login', success: false, details: { email, reason: 'throttled' } });
      throw new AppError('TOO_MANY_REQUESTS', 'Too many failed sign-ins for this account in the last hour; try again later');
    }
    const user = await this.db.createQueryBuilder(User, 'u').where('lower(u.email) = :email', { email }).getOne();
    const ok = user ? await verifyPassword(user.passwordHash, password) : (await burnVerification(password), false);
    if (!user || !ok || !user.active) {
      await recordAudit(this.db, viewer, {
        action: 'login',
        success: false,
        userId: user?.id ?? null,
        details: { email, reason: !user ? 'unknown email' : !ok ? 'wrong password' : 'inactive' },
      });
      throw new AppError('UNAUTHENTICATED', WRONG);
    }
    const token = newSecret();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.policy.absoluteHours * 3_600_000);
    await this.db.transaction(async (em) => {
      await em.insert(Session, { tokenHash: secretHash(token), userId: user.id, lastSeenAt: now, expiresAt });
      await em.update(User, { id: user.id }, { lastLoginAt: now });
      await em.query('DELETE FROM sessions WHERE expires_at < now() OR last_seen_at < now() - make_interval(mins => $1)', [
        this.policy.idleMinutes,
      ]);
      await recordAudit(em, { ...viewer, user }, { action: 'login', details: { email } });
    });
    return { user, token, expiresAt };
  }

  async logout(sessionToken: string | undefined, viewer: Viewer): Promise<void> {
    if (!sessionToken) return;
    await this.db.transaction(async (em) => {
      await em.delete(Session, { tokenHash: secretHash(sessionToken) });
      await recordAudit(em, viewer, { action: 'logout' });
    });
  }

  /** The active user behind a session cookie or a bearer token, or null. One statement, plus a touch now and then. */
  async resolve(sessionToken: string | undefined, bearer: string | undefined): Promise<User | null> {
    const ds = this.db.connection;
    if (bearer) {
      const rows = await this.db.query(
        `UPDATE api_tokens t SET last_used_at = now()
           FROM users u
          WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.id = t.user_id AND u.active
          RETURNING ${entityColumns(ds, User, 'u')}`,
        [secretHash(bearer)],
      );
      return firstReturned(rows, ds);
    }
    if (!sessionToken) return null;
    const rows = await this.db.query(
      `UPDATE sessions s SET last_seen_at = now()
         FROM users u
        WHERE s.token_hash = $1 AND u.id = s.user_id AND u.active
          AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $2)
        RETURNING ${entityColumns(ds, User, 'u')}`,
      [secretHash(sessionToken), this.policy.idleMinutes],
    );
    return firstReturned(rows, ds);
  }

  async createToken(userId: string, name: string, viewer: Viewer): Promise<{ token: string; apiToken: ApiToken }> {
    return this.db.transaction(async (em) => {
      const user = await em.findOneBy(User, { id: userId });
      if (!user) throw notFound('user', userId);
      const token = newSecret(TOKEN_PREFIX);
      const apiToken = await em.save(em.create(ApiToken, { userId, name: name.trim(), tokenHash: secretHash(token) }));
      await recordAudit(em, viewer, {
        action: 'createApiToken',
        entityType: 'API_TOKEN',
        entityId: apiToken.id,
        details: { userId, name },
      });
      return { token, apiToken };
    });
  }

  async revokeToken(id: string, viewer: Viewer): Promise<ApiToken> {
    return this.db.transaction(async (em) => {
      const token = await em.findOneBy(ApiToken, { id });
      if (!token) throw notFound('API token', id);
      if (!token.revokedAt) {
        token.revokedAt = new Date();
        await em.save(token);
      }
      await recordAudit(em, viewer, { action: 'revokeApiToken', entityType: 'API_TOKEN', entityId: id });
      return token;
    });
  }

  listTokens(userId?: string): Promise<ApiToken[]> {
    return this.db.getRepository(ApiToken).find({ where: userId ? { userId } : {}, order: { createdAt: 'DESC' } });
  }
}

/** TypeORM answers an UPDATE … RETURNING with [rows, rowCount]. */
function firstReturned(result: [Record<string, unknown>[], number], ds: EntityManager['connection']): User | null {
  const row = result[0]?.[0];
  return row ? asEntity(ds, User, row) : null;
}
