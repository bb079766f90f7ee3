import type { BuildQueryResult } from 'ra-data-graphql';
import type { SortPayload } from 'react-admin';
import type { ReviewStatus } from '../gql/graphql';

/** One page request in the API's terms: Relay `first`/`after`, the API's filter, a react-admin sort. */
export interface ListRequest {
  first: number;
  after: string | null;
  filter: Record<string, unknown>;
  sort?: SortPayload;
}

type FormData = Record<string, unknown>;

/** How one react-admin resource maps onto the API's typed operations. */
export interface ResourceDefinition {
  /** A page of records; its parseResponse also yields `meta.endCursor`. */
  list(request: ListRequest): BuildQueryResult;
  /** Only the end cursor after `first` rows, to reach a page without loading the rows before it. */
  cursor?(request: ListRequest): BuildQueryResult;
  /** False for short lists the API returns whole (outlets, revisions): react-admin pages them in memory. */
  paged: boolean;
  /** The API's filter takes `ids` (at most a page of them): getMany asks once instead of once per id. */
  idsFilter?: boolean;
  one?(id: string): BuildQueryResult;
  create?(data: FormData): BuildQueryResult;
  update?(id: string, data: FormData, previous: FormData): BuildQueryResult;
  delete?(id: string, previous?: FormData): BuildQueryResult;
}

export const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

export const textOrNull = (value: unknown): string | null => text(value) ?? null;

export const bool = (value: unknown): boolean | undefined =>
  value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined;

export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : '')).filter((v) => v !== '') : [];

export const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];

export function orderField<F extends string>(sort: SortPayload | undefined, fields: Record<string, F>) {
  const field = sort && fields[sort.field];
  return field ? { field, direction: sort.order } : undefined;
}

/**
 * The update input holds only what the editor changed against the record they started from:
 * the API keeps every omitted field, so a concurrent change to another field is never overwritten
 * by a stale copy, and re-applying an edit after a CONFLICT re-applies just that edit.
 */
export function changedOnly<T extends object>(next: T, previous: T): Partial<T> {
  const result: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(next[key] ?? null) !== JSON.stringify(previous[key] ?? null)) result[key] = next[key];
  }
  return result;
}

/** The revision an edit was based on: the API refuses the save with CONFLICT when it is no longer the latest. */
export function versionOf(record: Record<string, unknown>): number {
  if (typeof record.version !== 'number') throw new Error('This record was loaded without its version; reload it before saving');
  return record.version;
}

const STATUSES: readonly string[] = ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED'] satisfies ReviewStatus[];

export const reviewStatus = (value: unknown): ReviewStatus | undefined =>
  typeof value === 'string' && STATUSES.includes(value) ? (value as ReviewStatus) : undefined;
