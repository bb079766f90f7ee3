/**
 * Converts between JavaScript string indexes (UTF-16 units) and the code-point offsets the API stores
 * (see shared/src/text.ts). Built once per body so that each conversion is O(1).
 */
export class TextIndex {
  /** cp[i] = code-point offset of UTF-16 index i (length + 1 entries). */
  private readonly cp: Uint32Array | null;

  constructor(readonly text: string) {
    if (!/[\uD800-\uDFFF]/.test(text)) {
      this.cp = null;
      return;
    }
    const cp = new Uint32Array(text.length + 1);
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      cp[i] = n;
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp[i + 1] = n;
          i++;
        }
      }
      n++;
    }
    cp[text.length] = n;
    this.cp = cp;
  }

  toCodePoint(utf16: number): number {
    return this.cp ? this.cp[utf16] : utf16;
  }

  /** A span in code points for the UTF-16 range [start, end). */
  span(start: number, end: number): { start: number; end: number; text: string } {
    return { start: this.toCodePoint(start), end: this.toCodePoint(end), text: this.text.slice(start, end) };
  }
}
