import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import { log } from '../logger';

/** A GraphQL-shaped JSON error body, for answers given before GraphQL runs. */
export function errorBody(message: string, code: string, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extra } }] };
}

/**
 * Errors raised by the HTTP layer (body parser, static files) as JSON with a
 * code: a too large body is 413, malformed JSON 400; nothing leaks a stack or
 * an HTML page.
 */
export function httpErrorHandler(bodyBytesMax: number): ErrorRequestHandler {
  return (error: { type?: string; status?: number; statusCode?: number; message?: string }, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = error.status ?? error.statusCode ?? 500;
    if (error.type === 'entity.too.large' || status === 413) {
      res
        .status(413)
        .json(errorBody(`The request body is larger than ${bodyBytesMax} bytes`, 'PAYLOAD_TOO_LARGE', { limit: bodyBytesMax }));
      return;
    }
    if (error.type === 'entity.parse.failed') {
      res.status(400).json(errorBody('The request body is not valid JSON', 'BAD_REQUEST'));
      return;
    }
    if (status >= 400 && status < 500) {
      res.status(status).json(errorBody(error.message ?? 'Bad request', 'BAD_REQUEST'));
      return;
    }
    log.error('HTTP error', { path: req.path, error: String((error as Error).stack ?? error) });
    res.status(500).json(errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
  };
}

/**
 * A deadline for every request: one not answered in time gets a 503 with a
 * JSON body, and whatever the handler writes later is dropped. Statement and
 * pool timeouts fire well before this; it is the last line against a hang.
 */
export function requestDeadline(ms: number): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const timer = setTimeout(() => {
      if (res.writableEnded) return;
      log.warn('Request timed out', { path: req.path, ms });
      if (!res.headersSent) {
        res.status(503).setHeader('Retry-After', '5');
        res.json(errorBody(`The request took longer than ${ms} ms and was abandoned`, 'REQUEST_TIMEOUT'));
      } else {
        res.destroy();
      }
      // The handler may still finish: its late answer goes nowhere.
      const drop = () => res;
      res.setHeader = drop as never;
      res.writeHead = drop as never;
      res.write = (() => true) as never;
      res.end = drop as never;
    }, ms);
    timer.unref();
    res.on('close', () => clearTimeout(timer));
    next();
  };
}
