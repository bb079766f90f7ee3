import crypto from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Security headers (issue 8). Every response gets the baseline; HTML pages
 * replace the API's "nothing at all" Content-Security-Policy with their own:
 * the console (scripts from 'self' only) and the GraphQL IDE (its inline
 * scripts allowed by hash, never 'unsafe-inline').
 */

function policy(directives: Record<string, string>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** JSON answers and anything else that is not a page: nothing may load, nothing may frame it. */
export const API_CSP = policy({
  'default-src': "'none'",
  'frame-ancestors': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
});

/**
 * The editors' console (Vite-built react-admin). Scripts and connections from
 * this origin only; MUI's emotion injects <style> elements at run time, hence
 * 'unsafe-inline' for styles (styles cannot run code). Images may be data: URIs
 * (MUI icons, avatars).
 */
export const CONSOLE_CSP = policy({
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
});

/** The IDE's page: its inline scripts by hash, its bundle and Monaco's workers from 'self'. */
export function ideCsp(html: string): string {
  const hashes = inlineScriptHashes(html).map((h) => `'${h}'`);
  return policy({
    'default-src': "'self'",
    'script-src': ["'self'", ...hashes].join(' '),
    'worker-src': "'self' blob:",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data:",
    'font-src': "'self' data:",
    'connect-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  });
}

/** sha256 source expressions of every inline <script> in a page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/.test(match[1])) continue;
    hashes.push(`sha256-${crypto.createHash('sha256').update(match[2], 'utf8').digest('base64')}`);
  }
  return hashes;
}

const HSTS = 'max-age=31536000; includeSubDomains';

/** Headers every response carries (the fast lane sends them too). */
export const BASELINE_HEADERS: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'DENY'],
  ['Content-Security-Policy', API_CSP],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
];

/** Baseline headers on every response; HSTS only when the request came over https (directly or via a trusted proxy). */
export function securityHeaders(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    for (const [name, value] of BASELINE_HEADERS) res.setHeader(name, value);
    if (req.secure) res.setHeader('Strict-Transport-Security', HSTS);
    next();
  };
}
