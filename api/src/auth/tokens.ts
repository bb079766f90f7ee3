import crypto from 'node:crypto';

/** Random, URL-safe, 256 bits. */
export function newSecret(prefix = ''): string {
  return prefix + crypto.randomBytes(32).toString('base64url');
}

/** Secrets are stored only as their SHA-256: a leaked table reveals no usable token. */
export function secretHash(secret: string): string {
  return crypto.createHash('sha256').update(secret).digest('hex');
}
