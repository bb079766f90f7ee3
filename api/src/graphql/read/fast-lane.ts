import crypto from 'node:crypto';
import type http from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import {
  getOperationAST,
  Kind,
  parse,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { DataSource } from 'typeorm';
import { BASELINE_HEADERS } from '../../http/security';
import { runInRequestScope, type RequestScope } from '../../request-scope';
import { checkOperation, PARSE_OPTIONS } from '../limits';
import type { Services } from '../services';
import { countServed, fastRead, fastReadsEnabled } from './fast-response';

/**
 * The anonymous fast lane, in front of express: a POST /graphql without
 * credentials, Origin or TLS, whose small JSON body holds a valid query the
 * read compiler answers whole, is answered here with one SQL statement, before
 * express's middleware and Apollo's request pipeline (context, plugins,
 * execution) run. The answer is the one the ordinary path sends, to the byte
 * and with the same headers (tests compare both).
 *
 * Anything the lane is not sure of (credentials, CORS, GET, a large or chunked
 * body, persisted-query extensions, an unusual Accept header, an invalid or
 * over-limit document, a selection the compiler does not cover, any error)
 * goes on to express and Apollo with the body already read, which answer or
 * report it as usual. Documents are parsed and validated once and kept by
 * their text (bounded), as Apollo's own document store does.
 */

interface CachedDocument {
  document: DocumentNode;
  fragments: FragmentDefinitionNode[];
  /** undefined: the document is invalid or not a lone query; the lane leaves it to Apollo. */
  operation?: OperationDefinitionNode;
  operationName?: string;
}

/** The body as the lane read it, for express to pick up instead of reading the (consumed) stream again. */
interface PreRead {
  body?: unknown;
  invalidJson?: boolean;
}

const PRE_READ = Symbol('fast-lane body');
const CACHE_ENTRIES = 1000;
const CACHED_QUERY_CHARS = 20_000;
/** Larger bodies are never a standard read: they go to express's parser and its limits unread. */
const BODY_BYTES_MAX = 64 * 1024;

/** The Accept values the lane answers, with the content type Apollo chooses for each. */
const CONTENT_TYPES = new Map<string | undefined, string>([
  [undefined, 'application/json; charset=utf-8'],
  ['*/*', 'application/json; charset=utf-8'],
  ['application/json', 'application/json; charset=utf-8'],
  ['application/graphql-response+json', 'application/graphql-response+json; charset=utf-8'],
]);

const FIXED_HEADERS: string[] = [...BASELINE_HEADERS.flat(), 'Vary', 'Origin'];

let laneServed = 0;

/** How many requests the lane answered before express and Apollo (tests check who answered). */
export function fastLaneServed(): number {
  return laneServed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readBody(req: http.IncomingMessage, bytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      chunks.push(chunk);
    });
    req.once('end', () => (received === bytes ? resolve(Buffer.concat(chunks, received)) : reject(new Error('short body'))));
    req.once('error', reject);
  });
}

/**
 * For the express chain, in place of express.json on /graphql: takes the body
 * the lane already read (or reports it as malformed JSON exactly as the
 * parser would), else lets `parser` read it.
 */
export function preReadBody(parser: RequestHandler): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const pre = (req as unknown as Record<symbol, PreRead | undefined>)[PRE_READ];
    if (!pre) {
      parser(req, res, next);
      return;
    }
    if (pre.invalidJson) {
      next(Object.assign(new SyntaxError('invalid JSON'), { status: 400, type: 'entity.parse.failed' }));
      return;
    }
    req.body = pre.body;
    next();
  };
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export function fastLane(
  ds: DataSource,
  services: Services,
  schema: GraphQLSchema,
  options: { development: boolean; shuttingDown: () => boolean },
): (req: http.IncomingMessage, res: http.ServerResponse, app: Handler) => void {
  const documents = new Map<string, CachedDocument>();

  function prepare(query: string): CachedDocument | undefined {
    const cached = documents.get(query);
    if (cached) return cached;
    if (query.length > CACHED_QUERY_CHARS) return undefined;
    let entry: CachedDocument;
    try {
      const document = parse(query, PARSE_OPTIONS);
      const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
      const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      entry = { document, fragments };
      if (operations.length === 1 && operations[0].operation === 'query' && validate(schema, document).length === 0) {
        entry.operation = getOperationAST(document) ?? undefined;
        entry.operationName = entry.operation?.name?.value;
      }
    } catch {
      entry = { document: { kind: Kind.DOCUMENT, definitions: [] }, fragments: [] };
    }
    if (documents.size >= CACHE_ENTRIES) documents.delete(documents.keys().next().value as string);
    documents.set(query, entry);
    return entry;
  }

  /** The request's shape alone says whether the lane may take it (nothing read yet). */
  function eligible(req: http.IncomingMessage): number | undefined {
    if (!fastReadsEnabled() || options.shuttingDown() || req.method !== 'POST' || req.url !== '/graphql') return undefined;
    const h = req.headers;
    if (h.cookie !== undefined || h.authorization !== undefined || h.origin !== undefined) return undefined;
    if (h['x-forwarded-proto'] !== undefined || (req.socket as TLSSocket).encrypted) return undefined;
    if (h['content-type'] !== 'application/json' || h['content-encoding'] !== undefined || !CONTENT_TYPES.has(h.accept)) return undefined;
    const length = Number(h['content-length']);
    return Number.isInteger(length) && length > 0 && length <= BODY_BYTES_MAX ? length : undefined;
  }

  /** The answer's bytes, or undefined when the ordinary path must answer. */
  async function answer(body: unknown, scope: RequestScope): Promise<string | undefined> {
    if (!isRecord(body) || typeof body.query !== 'string' || body.extensions !== undefined) return undefined;
    const variables = body.variables ?? {};
    if (!isRecord(variables)) return undefined;
    const entry = prepare(body.query);
    if (!entry?.operation) return undefined;
    if (body.operationName !== undefined && body.operationName !== null && body.operationName !== entry.operationName) return undefined;
    if (checkOperation(schema, entry.operation, entry.fragments, variables, { allowIntrospection: false })) return undefined;
    const viewer = { user: null, requestId: scope.requestId };
    const data = await fastRead(ds, services, schema, entry.document, entry.operation, variables, viewer);
    return data ? `${JSON.stringify({ data })}\n` : undefined;
  }

  return (req, res, app) => {
    const length = eligible(req);
    if (length === undefined) {
      app(req, res);
      return;
    }
    const requestId = crypto.randomUUID();
    const scope: RequestScope = { requestId, statements: 0 };
    const pre: PreRead = {};
    (req as unknown as Record<symbol, PreRead>)[PRE_READ] = pre;
    readBody(req, length)
      .then(async (raw) => {
        try {
          pre.body = JSON.parse(raw.toString('utf8'));
        } catch {
          pre.invalidJson = true;
          return undefined;
        }
        // express.json is strict: only an object or an array is JSON here.
        if (typeof pre.body !== 'object' || pre.body === null) {
          pre.invalidJson = true;
          return undefined;
        }
        return runInRequestScope(scope, () => answer(pre.body, scope));
      })
      .then(
        (text) => {
          if (text === undefined) {
            app(req, res);
            return;
          }
          countServed();
          laneServed += 1;
          // The ordinary path's headers, in its order: request id, security baseline, CORS's Vary, then the body's.
          const headers = ['x-request-id', requestId, ...FIXED_HEADERS];
          if (options.development) headers.push('x-sql-statements', String(scope.statements));
          headers.push('Content-Type', CONTENT_TYPES.get(req.headers.accept)!, 'Content-Length', String(Buffer.byteLength(text)));
          res.writeHead(200, headers);
          res.end(text);
        },
        // The database away, a statement timing out, a broken body: the ordinary path answers or reports it.
        () => {
          if (!('body' in pre)) pre.invalidJson = true;
          app(req, res);
        },
      );
  };
}
