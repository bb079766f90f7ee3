import crypto from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { log } from '../logger';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'INVALID_TRANSITION'
  | 'TOO_MANY_REQUESTS'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** The one error type services throw. `details` go to the client under `extensions`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) => new AppError('BAD_USER_INPUT', message, details);
export const notFound = (type: string, id: string) => new AppError('NOT_FOUND', `No ${type} with id ${id}`, { type, id });
export const conflict = (message: string, details?: Record<string, unknown>) => new AppError('CONFLICT', message, details);

interface ValidationIssue {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationIssue[];
}

function flattenValidation(issues: ValidationIssue[], prefix = ''): { field: string; problems: string[] }[] {
  return issues.flatMap((issue) => {
    const field = prefix ? `${prefix}.${issue.property}` : issue.property;
    const own = issue.constraints ? [{ field, problems: Object.values(issue.constraints) }] : [];
    return [...own, ...flattenValidation(issue.children ?? [], field)];
  });
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
const UNREACHABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Query read timeout|connect ECONNREFUSED/;

/** True for errors that say PostgreSQL cannot be reached (down, restarting, pool exhausted), not that a statement failed. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; thrownValue?: unknown; cause?: unknown; errors?: unknown };
  if (!e || typeof e !== 'object' || depth > 3) return false;
  if (typeof e.code === 'string' && (UNREACHABLE.has(e.code) || e.code.startsWith('08'))) return true;
  if (typeof e.message === 'string' && UNREACHABLE_MESSAGE.test(e.message)) return true;
  // Wrapped: TypeORM's QueryFailedError, graphql-js's NonErrorThrown (pg may reject with a plain object), causes, AggregateError.
  const inner = [e.driverError, e.thrownValue, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((i) => i !== undefined && i !== error && isDatabaseUnavailable(i, depth + 1));
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable at the moment; try again shortly';

/** PostgreSQL errors that are the caller's fault, with a message that says which rule was broken. */
function fromDatabase(error: { code?: string; constraint?: string; detail?: string }): AppError | undefined {
  if (isDatabaseUnavailable(error)) return new AppError('DATABASE_UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGE);
  switch (error.code) {
    case '23505':
      return conflict(`This would duplicate an existing record (${error.constraint ?? 'unique constraint'})`, {
        constraint: error.constraint,
      });
    case '23503':
      return badInput(`A referenced record does not exist or is still referenced (${error.constraint ?? 'foreign key'})`, {
        constraint: error.constraint,
      });
    case '23514':
      return badInput(`The values break the rule ${error.constraint ?? 'check constraint'}`, { constraint: error.constraint });
    case '22P02':
      return badInput('A value has the wrong format (an id must be a UUID)');
    case '57014':
      return new AppError('INTERNAL_SERVER_ERROR', 'The database took too long to answer; try again or narrow the request');
    default:
      return undefined;
  }
}

/**
 * Turns every error into what the client may see: AppErrors and validation
 * errors with their code and details; anything unexpected as a generic message
 * with a request id, its full detail in the log only.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, requestId?: string): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof AppError) {
    return { ...formatted, message: original.message, extensions: { ...original.details, code: original.code } };
  }
  // type-graphql's ArgumentValidationError: class-validator's findings, without the echoed input.
  const validationErrors = (original as { extensions?: { validationErrors?: ValidationIssue[] } } | undefined)?.extensions
    ?.validationErrors;
  if (Array.isArray(validationErrors)) {
    const issues = flattenValidation(validationErrors);
    const summary = issues.map((i) => `${i.field}: ${i.problems.join('; ')}`).join(' | ');
    return {
      message: `Invalid input: ${summary || 'see extensions.validation'}`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', validation: issues },
    };
  }
  // type-graphql's authorisation refusals: our one code for "signed in, but not allowed".
  if (formatted.extensions?.code === 'UNAUTHORIZED') {
    return { ...formatted, message: 'Your role does not allow this', extensions: { code: 'FORBIDDEN' } };
  }
  if (formatted.extensions?.code === 'UNAUTHENTICATED' && !(original instanceof AppError)) {
    return { ...formatted, message: 'Sign in first: this needs a signed-in user', extensions: { code: 'UNAUTHENTICATED' } };
  }
  const db = original ? fromDatabase(original as { code?: string }) : undefined;
  if (db) return { ...formatted, message: db.message, extensions: { ...db.details, code: db.code } };
  const code = formatted.extensions?.code;
  if (!original || (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR')) {
    // Parse, validation and variable errors from graphql-js / Apollo: already safe and clear.
    return formatted;
  }
  const id = requestId ?? crypto.randomUUID();
  log.error('Unexpected error', {
    requestId: id,
    path: formatted.path,
    error: original instanceof Error ? (original.stack ?? original.message) : String(original),
  });
  return {
    message: `Internal server error (request id ${id})`,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: id },
  };
}
