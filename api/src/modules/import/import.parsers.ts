import path from 'node:path';
import { codePointLength, LIMITS } from '@newsroom/shared';
import { normaliseBody } from '../article/article.service';
import type { ParsedArticle, ParseFailure, ParseResult } from './import.types';

/**
 * Input formats of the import (issue 5):
 * - the example format: first line ` date YYYY-MM-DD Title` (leading blanks allowed), a blank line, paragraphs;
 * - plain text, with the title and date given separately (`PlainTextMeta`);
 * - JSON: one object or an array of objects `{title, publishedAt, outlet, url, language, body}`;
 * - NDJSON (`.ndjson`/`.jsonl`): one such object per line.
 *
 * Limits: a body may hold at most LIMITS.bodyMax code points (1,000,000); a title at most LIMITS.titleMax.
 * A text file is refused unread when it has more than 4 × bodyMax + 64 KiB bytes. Each failure names its
 * item (file, `file:line` for NDJSON, `file#index` for JSON arrays) so that the rest of a batch goes on.
 *
 * The body returned is exactly what ArticleService stores: normaliseBody() applied (CRLF → LF, NFC) and
 * surrounding blank space trimmed, so extraction offsets are offsets into the stored body.
 */

export interface PlainTextMeta {
  title: string;
  /** YYYY-MM-DD, or an ISO timestamp whose date part is taken. */
  publishedOn: string;
  outlet?: string | null;
  url?: string | null;
  language?: string;
}

export type InputFormat = 'dated-text' | 'plain-text' | 'json' | 'ndjson';

const DATE_LINE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+(\S.*?)[ \t]*$/;
const MAX_TEXT_FILE_BYTES = LIMITS.bodyMax * 4 + 64 * 1024;

function fail(source: string, code: ParseFailure['code'], message: string): ParseResult {
  return { ok: false, error: { source, code, message } };
}

/** The stored form of a body: what normaliseBody() keeps, without surrounding blank lines. */
export function storedBody(body: string): string {
  return normaliseBody(body).trim();
}

function isValidDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Accepts YYYY-MM-DD or an ISO 8601 timestamp; returns the calendar date or null. */
export function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|[T ]\d{2}:\d{2})/.exec(value.trim());
  return m && isValidDate(m[1]) ? m[1] : null;
}

/** Decodes bytes as UTF-8 text, refusing binary data (NUL bytes, invalid UTF-8, many control characters). */
export function decodeText(source: string, bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: ParseFailure } {
  if (bytes.includes(0))
    return { ok: false, error: { source, code: 'BINARY', message: `${source}: binary data (NUL bytes), not a text file` } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: { source, code: 'BINARY', message: `${source}: not UTF-8 text (binary data or another encoding)` } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) controls++;
  }
  if (controls > 8 && controls > text.length / 100) {
    return { ok: false, error: { source, code: 'BINARY', message: `${source}: binary data (${controls} control characters)` } };
  }
  return { ok: true, text };
}

function checkBody(source: string, body: string): ParseFailure | null {
  if (!body) return { source, code: 'EMPTY', message: `${source}: the article body is empty` };
  const length = codePointLength(body);
  if (length > LIMITS.bodyMax) {
    return { source, code: 'TOO_LARGE', message: `${source}: the body has ${length} characters; the limit is ${LIMITS.bodyMax}` };
  }
  return null;
}

function checkTitle(source: string, title: string): ParseFailure | null {
  if (!title) return { source, code: 'MISSING_FIELD', message: `${source}: the title is missing` };
  if (codePointLength(title) > LIMITS.titleMax) {
    return { source, code: 'TOO_LARGE', message: `${source}: the title is longer than ${LIMITS.titleMax} characters` };
  }
  return null;
}

/** The example format: ` date YYYY-MM-DD Title`, a blank line, then the paragraphs. */
export function parseDatedText(text: string, source: string): ParseResult {
  const normalised = normaliseBody(text);
  if (!normalised.trim()) return fail(source, 'EMPTY', `${source}: the file is empty`);
  const lines = normalised.replace(/^\n+/, '').split('\n');
  const first = DATE_LINE.exec(lines[0]);
  if (!first) {
    return fail(
      source,
      'MISSING_DATE_LINE',
      `${source}: the first line must be " date YYYY-MM-DD Title" (found "${lines[0].slice(0, 60)}"); for plain text give the title and date separately`,
    );
  }
  if (!isValidDate(first[1])) return fail(source, 'INVALID_DATE', `${source}: "${first[1]}" is not a valid date`);
  const title = first[2].trim();
  const body = storedBody(lines.slice(1).join('\n'));
  const problem = checkTitle(source, title) ?? checkBody(source, body);
  if (problem) return { ok: false, error: problem };
  return { ok: true, article: { title, publishedOn: first[1], body, outlet: null, url: null, language: 'en', source } };
}

/** Plain text whose title and date come from elsewhere (a form, command-line options). */
export function parsePlainText(text: string, meta: PlainTextMeta, source: string): ParseResult {
  const body = storedBody(text);
  if (!body) return fail(source, 'EMPTY', `${source}: the file is empty`);
  const date = toIsoDate(meta.publishedOn);
  if (!date) return fail(source, 'INVALID_DATE', `${source}: "${meta.publishedOn}" is not a date (YYYY-MM-DD)`);
  const title = (meta.title ?? '').trim();
  const problem = checkTitle(source, title) ?? checkBody(source, body);
  if (problem) return { ok: false, error: problem };
  return {
    ok: true,
    article: {
      title,
      publishedOn: date,
      body,
      outlet: meta.outlet ?? null,
      url: meta.url ?? null,
      language: meta.language ?? 'en',
      source,
    },
  };
}

/** One JSON record `{title, publishedAt, outlet, url, language, body}` (publishedOn is accepted too). */
export function articleFromRecord(record: unknown, source: string): ParseResult {
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    return fail(source, 'INVALID_JSON', `${source}: expected an object {title, publishedAt, outlet, url, language, body}`);
  }
  const r = record as Record<string, unknown>;
  if (typeof r.body !== 'string')
    return fail(source, r.body === undefined ? 'MISSING_FIELD' : 'INVALID_JSON', `${source}: "body" must be a string`);
  if (typeof r.title !== 'string') return fail(source, 'MISSING_FIELD', `${source}: "title" must be a string`);
  const rawDate = r.publishedAt ?? r.publishedOn;
  if (rawDate === undefined || rawDate === null) return fail(source, 'MISSING_FIELD', `${source}: "publishedAt" is missing`);
  const date = toIsoDate(rawDate);
  if (!date) return fail(source, 'INVALID_DATE', `${source}: "publishedAt" ${JSON.stringify(rawDate)} is not a date`);
  for (const key of ['outlet', 'url', 'language'] as const) {
    if (r[key] !== undefined && r[key] !== null && typeof r[key] !== 'string')
      return fail(source, 'INVALID_JSON', `${source}: "${key}" must be a string`);
  }
  const body = storedBody(r.body);
  const title = r.title.trim();
  const problem = checkTitle(source, title) ?? checkBody(source, body);
  if (problem) return { ok: false, error: problem };
  if (typeof r.url === 'string' && r.url.length > LIMITS.urlMax)
    return fail(source, 'TOO_LARGE', `${source}: the url is longer than ${LIMITS.urlMax}`);
  return {
    ok: true,
    article: {
      title,
      publishedOn: date,
      body,
      outlet: (r.outlet as string | undefined)?.trim() || null,
      url: (r.url as string | undefined)?.trim() || null,
      language: (r.language as string | undefined)?.trim() || 'en',
      source,
    },
  };
}

/**
 * Index of the first character that makes `text` invalid JSON (a small recursive-descent check: V8's
 * messages do not always give a position).
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail();
      } else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (text[i] !== '"') fail();
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return typeof at === 'number' ? at : -1;
  }
}

/** Where JSON.parse stopped, as "line L, column C". */
function jsonErrorLocation(text: string): string {
  const at = jsonErrorOffset(text);
  if (at < 0) return 'end of input';
  const before = text.slice(0, at);
  return `line ${before.split('\n').length}, column ${at - before.lastIndexOf('\n')}`;
}

/** A JSON document: one article object or an array of them. */
export function parseJson(text: string, source: string): ParseResult[] {
  if (!text.trim()) return [fail(source, 'EMPTY', `${source}: the file is empty`)];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return [fail(source, 'INVALID_JSON', `${source}: invalid JSON at ${jsonErrorLocation(text)}: ${(error as Error).message}`)];
  }
  if (Array.isArray(doc)) {
    if (!doc.length) return [fail(source, 'EMPTY', `${source}: the array holds no articles`)];
    return doc.map((record, i) => articleFromRecord(record, `${source}#${i}`));
  }
  return [articleFromRecord(doc, source)];
}

/** NDJSON: one article object per line; blank lines are skipped; a bad line fails alone, with its line number. */
export function parseNdjson(text: string, source: string): ParseResult[] {
  const results: ParseResult[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${source}:${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      results.push(fail(where, 'INVALID_JSON', `${where}: invalid JSON on line ${i + 1}: ${(error as Error).message}`));
      return;
    }
    results.push(articleFromRecord(record, where));
  });
  return results.length ? results : [fail(source, 'EMPTY', `${source}: the file is empty`)];
}

export function detectFormat(fileName: string, text: string, meta?: Partial<PlainTextMeta>): InputFormat {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.json') return 'json';
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    const firstLine = head.split('\n', 1)[0].trim();
    return firstLine.startsWith('{') && firstLine.endsWith('}') && head.includes('\n{') ? 'ndjson' : 'json';
  }
  if (meta?.title && meta.publishedOn && !DATE_LINE.test(head.split('\n', 1)[0])) return 'plain-text';
  return 'dated-text';
}

/**
 * Reads one input file (as bytes) in whichever format it is in. Returns one result per article;
 * failures are results too, never exceptions.
 */
export function parseInput(fileName: string, bytes: Uint8Array, meta?: Partial<PlainTextMeta>): ParseResult[] {
  const source = fileName;
  if (!bytes.length) return [fail(source, 'EMPTY', `${source}: the file is empty`)];
  const ext = path.extname(fileName).toLowerCase();
  const isJson = ext === '.json' || ext === '.ndjson' || ext === '.jsonl';
  if (!isJson && bytes.length > MAX_TEXT_FILE_BYTES) {
    return [fail(source, 'TOO_LARGE', `${source}: ${bytes.length} bytes is more than an article may hold (${LIMITS.bodyMax} characters)`)];
  }
  const decoded = decodeText(source, bytes);
  if (!decoded.ok) return [{ ok: false, error: decoded.error }];
  const text = decoded.text;
  if (!text.trim()) return [fail(source, 'EMPTY', `${source}: the file is empty`)];
  switch (detectFormat(fileName, text, meta)) {
    case 'json':
      return parseJson(text, source);
    case 'ndjson':
      return parseNdjson(text, source);
    case 'plain-text':
      return [parsePlainText(text, meta as PlainTextMeta, source)];
    default:
      return [parseDatedText(text, source)];
  }
}

export type { ParsedArticle };
