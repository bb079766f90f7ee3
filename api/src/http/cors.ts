import type { NextFunction, Request, RequestHandler, Response } from 'express';

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = 'Content-Type, Authorization, Apollo-Require-Preflight, X-Apollo-Operation-Name';

/**
 * CORS for the origins in CORS_ORIGINS only. The console is served from the
 * API's own origin and needs none of this. An allowed origin is echoed back
 * (never `*`, since cookies and Authorization headers are allowed); any other
 * origin gets no CORS headers at all, so the browser keeps its response from
 * the calling page, and its preflight is refused with 403.
 */
export function cors(allowed: readonly string[]): RequestHandler {
  const origins = new Set(allowed);
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    res.vary('Origin');
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    if (!origin || !origins.has(origin)) {
      if (preflight && origin) {
        res.status(403).json({ errors: [{ message: `Origin ${origin} may not call this API`, extensions: { code: 'FORBIDDEN' } }] });
        return;
      }
      next();
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    if (preflight) {
      res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}
