/**
 * Offsets into article bodies count Unicode code points, so that a client in
 * any language (JavaScript counts UTF-16 units, Python code points) agrees with
 * PostgreSQL's substr().
 */
const SURROGATE = /[\uD800-\uDFFF]/;

export function codePointLength(text: string): number {
  return SURROGATE.test(text) ? Array.from(text).length : text.length;
}

export function codePointSlice(text: string, start: number, end: number): string {
  return SURROGATE.test(text) ? Array.from(text).slice(start, end).join('') : text.slice(start, end);
}
