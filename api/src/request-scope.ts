import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What belongs to one HTTP request, reachable from anywhere below it (the SQL
 * logger, the error formatter) without threading it through every call.
 */
export interface RequestScope {
  requestId: string;
  /** SQL statements run for this request: tests and benchmarks read it. */
  statements: number;
}

const storage = new AsyncLocalStorage<RequestScope>();
let totalStatements = 0;

const NOT_COUNTED = /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i;

export function runInRequestScope<T>(scope: RequestScope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

export function countStatement(sql: string): void {
  if (NOT_COUNTED.test(sql.trimStart())) return;
  totalStatements += 1;
  const scope = storage.getStore();
  if (scope) scope.statements += 1;
}

/** Statements run by this process so far, transaction control excluded. */
export function statementTotal(): number {
  return totalStatements;
}
