import { Delivery } from '@newsroom/shared';

/**
 * What the words around a suggested quote say about how and when it was said:
 * the delivery (a press conference, an interview, a post, a readout…) and the
 * day ("on Tuesday", "yesterday", "on 12 March"), for the editor to confirm.
 * Only the article's own words outside the quote marks are read: the quote's
 * paragraph first, then the paragraph before it (where news writing often
 * sets the scene: "During a visit to Ankara on Tuesday, …").
 */

/** Event words first: "said at a press conference, according to media reports" is a press conference. */
const DELIVERY_CUES: [Delivery, RegExp][] = [
  [
    Delivery.SOCIAL_MEDIA,
    /\b(tweet(ed|s)?|posted|post on|wrote on|on (twitter|x|facebook|instagram|telegram|tiktok|linkedin|threads|bluesky|social media))\b/i,
  ],
  [Delivery.PRESS_CONFERENCE, /\b(press|news) (conference|briefing)s?\b|\btold (reporters|journalists)\b|\bbriefing\b/i],
  [Delivery.INTERVIEW, /\binterview(ed)?\b|\bpodcast\b|\bon air\b/i],
  [Delivery.READOUT, /\breadout\b|\b(phone|telephone) (call|conversation)\b/i],
  [Delivery.STATEMENT, /\bstatement\b|\bpress release\b|\bcommuniqu[eé]\b|\bspokes(man|woman|person)\b|\bannounce(d|ment)?\b/i],
  [Delivery.MEDIA_REPORT, /\baccording to [^.]{0,40}\b(report|reports|media|newspaper|agency|outlet)\b|\breported\b/i],
];

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?`;
const DATE_CUES = new RegExp(
  [
    `\\b(?<weekday>${WEEKDAYS.join('|')})\\b`,
    `\\b(?<relative>yesterday|today|earlier today|last night|this morning)\\b`,
    `\\b(?<day1>\\d{1,2})(st|nd|rd|th)? (?<month1>${MONTH})(,? (?<year1>\\d{4}))?\\b`,
    `\\b(?<month2>${MONTH}) (?<day2>\\d{1,2})(st|nd|rd|th)?(,? (?<year2>\\d{4}))?\\b`,
  ].join('|'),
  'i',
);

export interface QuoteContext {
  delivery: Delivery;
  /** The words that suggested the delivery; null when nothing did (STATEMENT is then only the default). */
  deliveryCue: string | null;
  /** YYYY-MM-DD: the day named near the quote, else the article's date. */
  saidOn: string;
  /** The words that named the day; null when the article's date was taken. */
  saidOnCue: string | null;
}

/** UTF-16 index of each code-point offset (the API's offsets are code points). */
function utf16Index(text: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp;
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    at.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
  }
  at.push(text.length);
  return (cp) => at[Math.min(cp, at.length - 1)];
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function daysBefore(iso: string, days: number): string {
  const d = utcDate(iso);
  d.setUTCDate(d.getUTCDate() - days);
  return isoDate(d);
}

/** The day a date phrase names, as of an article published on `published` (news speaks of the past). */
function dayNamed(match: RegExpExecArray, published: string): string | null {
  const g = match.groups ?? {};
  if (g.weekday) {
    const back = (utcDate(published).getUTCDay() - WEEKDAYS.indexOf(g.weekday.toLowerCase()) + 7) % 7;
    return daysBefore(published, back);
  }
  if (g.relative)
    return g.relative.toLowerCase() === 'yesterday' || g.relative.toLowerCase() === 'last night' ? daysBefore(published, 1) : published;
  const monthWord = (g.month1 ?? g.month2).toLowerCase().replace('.', '');
  const month = MONTHS.findIndex((m) => m.startsWith(monthWord.slice(0, 3)));
  const day = Number(g.day1 ?? g.day2);
  const yearGiven = g.year1 ?? g.year2;
  let year = yearGiven ? Number(yearGiven) : utcDate(published).getUTCFullYear();
  const date = () => new Date(Date.UTC(year, month, day));
  if (month < 0 || day < 1 || day > 31 || date().getUTCMonth() !== month) return null;
  // "on 28 December" in an article of 2 January is last year's.
  if (!yearGiven && isoDate(date()) > published) year -= 1;
  return isoDate(date());
}

/** The paragraph [start, end) around UTF-16 index i. */
function paragraphAround(body: string, i: number): [number, number] {
  const before = body.lastIndexOf('\n\n', i);
  const after = body.indexOf('\n\n', i);
  return [before < 0 ? 0 : before + 2, after < 0 ? body.length : after];
}

/** Reads the delivery and the day of the quote at code points [start, end) of `body`. */
export function quoteContext(body: string, start: number, end: number, publishedOn: string): QuoteContext {
  const at = utf16Index(body);
  const [s, e] = [at(start), at(end)];
  const [pStart, pEnd] = paragraphAround(body, s);
  // The quote's paragraph without the quote itself, then the paragraph before it.
  const own = `${body.slice(pStart, Math.max(pStart, s - 1))} … ${body.slice(Math.min(pEnd, e + 1), pEnd)}`;
  const previous = pStart > 2 ? body.slice(paragraphAround(body, pStart - 3)[0], pStart - 2) : '';
  const context: QuoteContext = { delivery: Delivery.STATEMENT, deliveryCue: null, saidOn: publishedOn, saidOnCue: null };
  for (const text of [own, previous]) {
    if (context.deliveryCue === null) {
      for (const [delivery, cue] of DELIVERY_CUES) {
        const m = cue.exec(text);
        if (m) {
          Object.assign(context, { delivery, deliveryCue: m[0] });
          break;
        }
      }
    }
    if (context.saidOnCue === null) {
      const m = DATE_CUES.exec(text);
      const day = m && dayNamed(m, publishedOn);
      if (m && day && day <= publishedOn) Object.assign(context, { saidOn: day, saidOnCue: m[0] });
    }
  }
  return context;
}
