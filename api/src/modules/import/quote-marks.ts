import type { Range } from './quote-finder';

/**
 * Quote marks paired into quotes, before any attribution: straight, curly and mixed double marks, nested quotes,
 * quotes running on over paragraphs, doubled single marks, and single-mark quotes outside the double-mark ones.
 * Works on UTF-16 indexes into the body.
 */
const OPENERS = '“„«‟';
const CLOSERS = '”»';
const STRAIGHT = '"';

function isSpace(c: string | undefined): boolean {
  return c === undefined || /\s/.test(c);
}

type Role = 'open' | 'close' | 'either' | null;

function markRole(body: string, i: number): Role {
  const c = body[i];
  const prev = body[i - 1];
  const next = body[i + 1];
  const leftFlank = !isSpace(next) && (prev === undefined || /[\s([{\u2014\u2013/\-'‘’“"]/.test(prev));
  const rightFlank = !isSpace(prev) && (next === undefined || /[\s.,;:!?)\]}\u2014\u2013\-'’”"]/.test(next));
  // `… see the prisoners again. “` ending the paragraph: an opening mark used to close.
  if (OPENERS.includes(c) && prev === ' ' && (next === undefined || next === '\n') && /[.!?,]/.test(body[i - 2] ?? '')) return 'close';
  if (OPENERS.includes(c)) return !leftFlank && rightFlank ? 'close' : 'open';
  if (CLOSERS.includes(c)) return leftFlank && !rightFlank ? 'open' : 'close';
  if (c === STRAIGHT) {
    // `" (But) it's …` at a paragraph start: loose spacing after an opening mark; `said:"It` / `said:" He`: after a colon.
    if ((prev === undefined || prev === '\n') && next === ' ') return 'open';
    if (prev === ':' && next !== '\n') return 'open';
    // `compete."he said`: after the final punctuation, before the attribution with no space; `… it. "` ending the paragraph.
    if (prev !== undefined && /[.,!?]/.test(prev) && next !== undefined && /\p{Ll}/u.test(next)) return 'close';
    if (prev === ' ' && (next === undefined || next === '\n') && /[.,!?]/.test(body[i - 2] ?? '')) return 'close';
    if (leftFlank && !rightFlank) return 'open';
    if (rightFlank && !leftFlank) return 'close';
    if (leftFlank && rightFlank) return 'either';
    return null;
  }
  return null;
}

/** Paragraphs as ranges (any line break starts a new one). */
export function paragraphs(body: string): Range[] {
  const out: Range[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export interface RawQuote {
  open: number;
  close: number;
  para: number;
}

/** Pairs quote marks: straight, curly or mixed; nested; run on over paragraphs (opening mark repeated, none closing). */
export function pairQuoteMarks(body: string): RawQuote[] {
  const paras = paragraphs(body);
  const out: RawQuote[] = [];
  let stack: number[] = [];
  let openPara = -1;
  let continuesBare = false;
  for (let p = 0; p < paras.length; p++) {
    const { start, end } = paras[p];
    let continuing = stack.length === 1 && !continuesBare;
    continuesBare = false;
    for (let i = start; i < end; i++) {
      const c = body[i];
      if (!OPENERS.includes(c) && !CLOSERS.includes(c) && c !== STRAIGHT) continue;
      let role = markRole(body, i);
      if (role === 'either') role = stack.length ? 'close' : 'open';
      if (continuing) {
        continuing = false;
        if (role === 'open' && !body.slice(start, i).trim()) continue; // the repeated opening mark of a run-on quote
      }
      if (role === 'open') {
        // A doubled mark (`""Despite`) opens once, at the inner mark.
        if (stack.length && stack[stack.length - 1] === i - 1 && body[i - 1] === c) {
          stack[stack.length - 1] = i;
          continue;
        }
        if (!stack.length) openPara = p;
        stack.push(i);
      } else if (role === 'close' && stack.length) {
        const o = stack.pop()!;
        if (!stack.length) out.push({ open: o, close: i, para: openPara });
      }
    }
    if (stack.length) {
      const next = paras[p + 1];
      // The next paragraph opens with a mark again (a closing mark written for an opening one included: `”Out of 30 …`).
      const nextStarts = next && /^\s*(?:["“„«]|”(?=\p{L}))/u.test(body.slice(next.start, next.end)) && stack.length === 1;
      // A quote running on with no repeated opening mark: the next paragraph's first mark closes it.
      if (!nextStarts && !(next && stack.length === 1 && firstMarkCloses(body, next))) {
        // A closing mark left out (or the text cut short): a quote opening its paragraph or after a colon ends with the paragraph.
        const o = stack[0];
        const before = body.slice(paras[openPara].start, o);
        if (stack.length === 1 && (!before.trim() || /:\s*$/.test(before)) && (body.slice(o + 1, end).match(/\S+/g) ?? []).length >= 4)
          out.push({ open: o, close: end, para: openPara });
        stack = [];
      } else if (!nextStarts) continuesBare = true;
    }
  }
  return out;
}

/** The first quote mark of the paragraph closes (`…, he added.”` with no opening mark before it). */
function firstMarkCloses(body: string, para: Range): boolean {
  for (let i = para.start; i < para.end; i++) {
    const c = body[i];
    if (!OPENERS.includes(c) && !CLOSERS.includes(c) && c !== STRAIGHT) continue;
    return markRole(body, i) === 'close';
  }
  return false;
}

/**
 * `''I spoke …,''` and `‘‘…’’`: two single marks written for a double one. Returns the body with each such pair
 * read as one double mark at the inner position (same length, same offsets), for pairing only.
 */
export function doubledSinglesAsDouble(body: string): string {
  return body.replace(/''|‘‘|’’/g, (pair, at: number) => {
    const before = body[at - 1];
    const after = body[at + 2];
    if ((before === undefined || /\s/.test(before)) && after !== undefined && !/\s/.test(after)) return ' "';
    if (before !== undefined && !/\s/.test(before) && (after === undefined || /[\s.,;:!?)]/.test(after))) return '" ';
    return pair;
  });
}

/** A single mark's role: `‘` or `'` before a word opens; `’` or `'` after a word and before a blank or punctuation closes. */
function singleMarkRole(body: string, i: number): 'open' | 'close' | null {
  const c = body[i];
  if (c !== '‘' && c !== '’' && c !== "'") return null;
  const prev = body[i - 1];
  const next = body[i + 1];
  if (c !== '’' && (prev === undefined || /[\s([{\u2014\u2013"“:]/.test(prev)) && next !== undefined && /\p{L}/u.test(next)) return 'open';
  if (
    c !== '‘' &&
    prev !== undefined &&
    /[\p{L}\p{N}.,!?…)\]]/u.test(prev) &&
    (next === undefined || /[\s.,;:!?)\]}\u2014\u2013"”]/.test(next))
  )
    return 'close';
  return null;
}

/**
 * Quotes in single marks (`‘…’`, `'…'`), the style of some outlets, outside the double-mark quotes (a single-mark
 * quote inside a double-mark one is part of it). A plural possessive (`nurses’ union`) does not close a quote that
 * closes later in the paragraph. Runs on over a paragraph that opens with the mark again.
 */
export function pairSingleMarks(body: string, doubles: RawQuote[]): RawQuote[] {
  const paras = paragraphs(body);
  // Doubles are sorted and do not overlap; positions only grow: one pointer walks them.
  let d = 0;
  const inDouble = (i: number) => {
    while (d < doubles.length && doubles[d].close < i) d++;
    return d < doubles.length && doubles[d].open < i && i < doubles[d].close;
  };
  const out: RawQuote[] = [];
  let open = -1;
  let openPara = -1;
  for (let p = 0; p < paras.length; p++) {
    const { start, end } = paras[p];
    const marks: { i: number; role: 'open' | 'close' }[] = [];
    for (let i = start; i < end; i++) {
      const role = singleMarkRole(body, i);
      if (role && inDouble(i)) continue;
      if (role) marks.push({ i, role });
    }
    if (open >= 0 && marks[0]?.role === 'open' && !body.slice(start, marks[0].i).trim()) marks.shift(); // repeated opening mark
    for (let k = 0; k < marks.length; k++) {
      const { i, role } = marks[k];
      if (role === 'open') {
        if (open < 0) {
          open = i;
          openPara = p;
        }
        continue;
      }
      if (open < 0) continue;
      const possessive = /s/.test(body[i - 1]) && /^ \p{Ll}/u.test(body.slice(i + 1, i + 3));
      if (possessive && marks.slice(k + 1).some((m) => m.role === 'close')) continue;
      out.push({ open, close: i, para: openPara });
      open = -1;
    }
    if (open >= 0) {
      const next = paras[p + 1];
      if (!next || !/^[‘']/.test(body.slice(next.start, next.end))) open = -1;
    }
  }
  return out;
}
