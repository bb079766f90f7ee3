/**
 * Where each page starts, as Relay cursors. react-admin asks for "page 7 of 25"; the API pages by
 * keyset cursors. We remember the cursor that ends every page we loaded (per resource, filter,
 * sort) and, for a page never reached, walk forward from the nearest known cursor with queries
 * that fetch only cursors (at most 100 rows a step). Entries expire quickly because rows added
 * or removed by others shift which row sits at an offset.
 */
export class CursorCache {
  private lists = new Map<string, { at: number; cursors: Map<number, string> }>();

  constructor(private readonly ttlMs = 60_000) {}

  private list(key: string) {
    const now = Date.now();
    let entry = this.lists.get(key);
    if (!entry || now - entry.at > this.ttlMs) {
      entry = { at: now, cursors: new Map() };
      this.lists.set(key, entry);
    }
    return entry.cursors;
  }

  /** The nearest known start at or before `offset`: [offset reached, cursor to pass as after]. */
  nearest(key: string, offset: number): [number, string | null] {
    let best: [number, string | null] = [0, null];
    for (const [at, cursor] of this.list(key)) if (at <= offset && at > best[0]) best = [at, cursor];
    return best;
  }

  remember(key: string, offset: number, cursor: string | null | undefined): void {
    if (cursor && offset > 0) this.list(key).set(offset, cursor);
  }

  /** After a write to a resource, offsets in its lists may have moved. */
  forget(resource: string): void {
    for (const key of this.lists.keys()) if (key.startsWith(`${resource}\u0000`)) this.lists.delete(key);
  }

  static key(resource: string, filter: unknown, sort: unknown): string {
    return `${resource}\u0000${JSON.stringify(filter ?? {})}\u0000${JSON.stringify(sort ?? {})}`;
  }
}
