import type { NextFunction, Request, Response } from 'express';
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
import { currentRequest } from '../../request-scope';
import { checkOperation, PARSE_OPTIONS } from '../limits';
import type { Services } from '../services';
import { countServed, fastRead, fastReadsEnabled } from './fast-response';

/**
 * The anonymous fast lane: POST /graphql requests without credentials whose
 * document is a valid query the read compiler answers whole are served here,
 * before Apollo's request pipeline (context, plugins, execution) runs. The
 * answer is the one Apollo would send, to the byte and with the same headers
 * (tests compare both). Anything the lane is not sure of (credentials, GET,
 * persisted-query extensions, an unusual Accept header, an invalid or
 * over-limit document, a selection the compiler does not cover, any error)
 * goes on to Apollo, which answers or reports it as usual.
 *
 * Documents are parsed and validated once and kept by their text (bounded),
 * as Apollo's own document store does.
 */

interface CachedDocument {
  document: DocumentNode;
  fragments: FragmentDefinitionNode[];
  /** undefined: the document is invalid or not a lone query; the lane leaves it to Apollo. */
  operation?: OperationDefinitionNode;
  operationName?: string;
}

let laneServed = 0;

/** How many requests the lane answered before Apollo (tests check who answered). */
export function fastLaneServed(): number {
  return laneServed;
}

const CACHE_ENTRIES = 1000;
const CACHED_QUERY_CHARS = 20_000;

/** The Accept values the lane answers, with the content type Apollo chooses for each. */
const CONTENT_TYPES = new Map<string | undefined, string>([
  [undefined, 'application/json; charset=utf-8'],
  ['*/*', 'application/json; charset=utf-8'],
  ['application/json', 'application/json; charset=utf-8'],
  ['application/graphql-response+json', 'application/graphql-response+json; charset=utf-8'],
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function fastLane(
  ds: DataSource,
  services: Services,
  schema: GraphQLSchema,
  options: { development: boolean },
): (req: Request, res: Response, next: NextFunction) => void {
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

  async function answer(req: Request, res: Response): Promise<boolean> {
    if (!fastReadsEnabled() || req.method !== 'POST') return false;
    if (req.headers.cookie !== undefined || req.headers.authorization !== undefined) return false;
    const contentType = CONTENT_TYPES.get(req.headers.accept);
    if (!contentType) return false;
    const body: unknown = req.body;
    if (!isRecord(body) || typeof body.query !== 'string' || body.extensions !== undefined) return false;
    const variables = body.variables ?? {};
    if (!isRecord(variables)) return false;
    const entry = prepare(body.query);
    if (!entry?.operation) return false;
    if (body.operationName !== undefined && body.operationName !== null && body.operationName !== entry.operationName) return false;
    if (checkOperation(schema, entry.operation, entry.fragments, variables, { allowIntrospection: false })) return false;
    const scope = currentRequest();
    const viewer = { user: null, requestId: scope?.requestId ?? '', ip: req.ip };
    const data = await fastRead(ds, services, schema, entry.document, entry.operation, variables, viewer);
    if (!data) return false;
    countServed();
    laneServed += 1;
    if (options.development && scope) res.setHeader('x-sql-statements', String(scope.statements));
    res.status(200).setHeader('content-type', contentType);
    res.send(`${JSON.stringify({ data })}\n`);
    return true;
  }

  return (req, res, next) => {
    answer(req, res).then(
      (answered) => {
        if (!answered) next();
      },
      // Errors (the database away, a statement timing out) are Apollo's to report.
      () => next(),
    );
  };
}
