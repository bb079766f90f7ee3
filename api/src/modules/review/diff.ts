import type { FieldChange } from './revision.entity';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Field-by-field differences between two snapshots of a record, in the newer one's field order. */
export function diffSnapshots(before: Record<string, unknown> | null | undefined, after: Record<string, unknown>): FieldChange[] {
  const old = before ?? {};
  const fields = [...new Set([...Object.keys(after), ...Object.keys(old)])];
  return fields
    .filter((field) => !same(old[field], after[field]))
    .map((field) => ({ field, from: old[field] ?? null, to: after[field] ?? null }));
}
