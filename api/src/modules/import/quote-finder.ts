import { ActorKind, QuoteKind } from '@newsroom/shared';
import {
  firstVerbAt,
  isLexiconCommonWord,
  isLexiconFunctionWord,
  ROLE_ACRONYM_WORDS,
  ROLE_WORDS,
  SPEECH_VERBS,
  TITLE_ABBREVIATION_WORDS,
  type CandidateKind,
} from './actor-finder';
import { doubledSinglesAsDouble, pairQuoteMarks, pairSingleMarks, paragraphs, type RawQuote } from './quote-marks';

/**
 * Direct quotes and reported speech, with who said them (quote marks are paired in quote-marks.ts). Works on
 * UTF-16 indexes; the caller converts to code points. Rules, in order of trust:
 *  - after the quote: `“…,” Bayramov said`, `“…,” said Dr Jane Smith`, `“…,” according to the Kremlin`;
 *  - before it: `Smith told reporters: “…”`;
 *  - a speech verb earlier in the same sentence: `The two presidents said that … will “…”`;
 *  - `according to X` in the sentence: `According to the readout … issued by the Kremlin, … “…”`;
 *  - otherwise the speaker of another quote in the paragraph, or of the paragraph before.
 * Pronouns go to the nearest compatible named actor; "the two presidents"/"they" to the last pair of people;
 * "the company" to the last organisation; unnamed sources ("a company spokeswoman") stay as written.
 */

export interface Entity {
  key: number;
  name: string;
  kind: CandidateKind;
  gender: 'm' | 'f' | null;
}

export interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
}

export interface Range {
  start: number;
  end: number;
}

export interface FoundQuote extends Range {
  kind: QuoteKind;
  speaker: Entity | null;
  /** True when speakerPhrase is itself the speaker (an unnamed source). */
  unnamedSpeaker: boolean;
  coSpeakers: Entity[];
  /** For an unnamed speaker, the words naming it; else the mention or pronoun attributed. */
  speakerPhrase: Range | null;
  cue: Range | null;
  confidence: number;
}

/** Verbs that put words in someone's mouth without reporting a whole statement: `called it "a disgrace"`, `spoke of "abuses"`. */
const CHARACTERISING_VERBS = new Set(
  'called calls calling described describes describing accused accuses accusing branded labelled labeled termed spoke speaks referred refers condemned condemns dismissed dismisses denounced denounces criticised criticized criticises criticizes slammed blasted hailed praised'.split(
    ' ',
  ),
);
/** Verbs that name a thing rather than quote a person when the quote follows at once: `a group called "Friends"`. */
const NAMING_VERBS = new Set(['called', 'named', 'dubbed', 'titled', 'entitled', 'nicknamed', 'known']);
/** How many words a speech verb may be before a short quote that does not end its clause. */
const MAX_CUE_DISTANCE = 16;
const AUXILIARIES =
  /(?:\s+(?:has|have|had|was|were|is|also|later|then|previously|earlier|once|would|will|further|quoted|as|reportedly|meanwhile|only|too|again))+\s*$/i;
/** Words that open a new clause: after a quote, `“…,” while Y said` attributes nothing to the quote. */
const CLAUSE_OPENERS = new Set([
  'while',
  'and',
  'but',
  'as',
  'when',
  'whereas',
  'although',
  'though',
  'because',
  'after',
  'before',
  'since',
  'if',
  'so',
]);
const PREPOSITIONS = /^(?:in|at|on|for|to|with|from|of|by|than|into|about|over|under|during|after|before|against|without|within)$/;
const PRONOUNS: Record<string, 'm' | 'f' | 'it' | 'plural' | 'self'> = {
  he: 'm',
  she: 'f',
  it: 'it',
  they: 'plural',
  we: 'plural',
  i: 'self',
};
const ORG_HEADS =
  /^(?:the\s+)(company|firm|group|band|team|club|bank|ngo|charity|foundation|watchdog|regulator|coalition|network|ministry|agency|government|department|union|party|corporation|council|commission|committee|organi[sz]ation|office|administration|embassy|army|military|court|board|paper|newspaper|institute|association|alliance|kremlin|white house|central bank)$/i;
const PLURAL_PEOPLE =
  /^(?:the|both)\s+(?:(?:two|three|four)\s+)?(?:\p{L}+\s+)?(?:leaders|presidents|ministers|men|women|officials|sides|heads of state|premiers|prime ministers|candidates)$|^both(?: men| women| leaders)?$/iu;
/** Nouns naming a person by role: a closed class of the language. */
// "the Bharatiya Janata Party (BJP) leader": up to five words before the role noun, an acronym in brackets among them.
// "the ‘Ojuelegba’ crooner", "the tactician", "the guitarist", "the Majority leader in Parliament": a title in marks among
// the words; nouns of people in -ian and -ist; the body the role is held in.
const ROLE_NP = new RegExp(
  `^the\\s+(?:[(‘'“"]?[\\p{L}&-]+[)’'”"]?\\s+){0,5}(?:${ROLE_WORDS}|\\p{Ll}+(?:ician|ist))(?:\\s+(?:in|of|at|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}&-]*(?:\\s+\\p{Lu}[\\p{L}&-]*){0,3})?$`,
  'iu',
);
/** A title or role right before a name: "President and CEO Donnie Smith", "MP Ben Lake". */
const TITLE_BEFORE = new RegExp(`\\b(?:${ROLE_WORDS}|${ROLE_ACRONYM_WORDS})\\s+$`, 'iu');
/** The words of a title ending right before a name: capitalised words and the modifiers of role nouns. */
const TITLE_WORDS_BEFORE =
  /(?:(?:[(]?\p{Lu}[\p{L}.&'’-]*[)]?|national|general|deputy|acting|former|senior|chief|vice|assistant|interim|state|of|the|for)\s+)*$/u;
/** A role noun ending the text ("… secretary "). */
const ROLE_WORD_BEFORE = new RegExp(`(?:^|\\s)(?:${ROLE_WORDS})\\s+$`, 'iu');
/** A role noun heading a phrase after a possessive: "Google's lawyers", "the company's chief executive". */
const ROLE_HEAD = new RegExp(`\\b(?:${ROLE_WORDS}|aide|representative)s?$`, 'iu');
/** "the Kuwaiti", "the 45-year-old", "the Briton": a person named by nationality or age, as a subject. */
const PERSON_NP =
  /^the\s+(?:\p{Lu}\p{Ll}+(?:i|an|ese|ish|er|on)|[\p{N}-]+-year-old|veteran|youngster|(?:former|ex-)\s*(?:[\p{L}\p{N}-]+\s+){0,3}[\p{L}\p{N}-]+)$/u;
const DOCUMENT_NP = /^the\s+(?:[\p{L}.-]+\s+){0,2}(readout|statement|report|transcript|communique|communiqué|letter|memo|survey|study)$/iu;
const UNNAMED_START = /^(?:a|an|one|two|three|several|some|many|most|other|another|the|senior|top|industry|company|government|oil|bank)\b/i;
/** Nouns naming a man or a woman ("one man", "a spokeswoman"): a closed class of the language. */
const MALE_NOUN = /\b(?:man|boy|spokesman|chairman|businessman|congressman|father|husband|son|brother|gentleman|king|prince)$/;
const FEMALE_NOUN = /\b(?:woman|girl|spokeswoman|chairwoman|businesswoman|congresswoman|mother|wife|daughter|sister|lady|queen|princess)$/;
/** Words ending in a full stop that end no sentence: titles, initials, company and month abbreviations. */
const ABBREVIATIONS = new RegExp(
  `(?:^|[\\s(])(?:[A-Z]|${TITLE_ABBREVIATION_WORDS}|St|Jr|Sr|Inc|Co|Ltd|Bros|No|vs|etc|[A-Z]\\.[A-Z]|U\\.S|U\\.K|U\\.N|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mt|Ft)$`,
);

interface Word extends Range {
  text: string;
  lower: string;
}

function words(body: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*/gu;
  re.lastIndex = from;
  for (let m = re.exec(body); m && m.index < to; m = re.exec(body)) {
    if (m.index + m[0].length > to) break;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  }
  return out;
}

/** Words before a noun, not before a verb: "36 states", "the claims", "its comments", "Nigeria’s reports". */
const NOUN_DETERMINERS =
  /^(?:the|a|an|its|their|his|her|our|these|those|this|that|some|many|several|all|any|no|such|other|new|[\p{N}.,]+|[\p{L}]+['’]s?)$/u;

/**
 * A speech verb: lower-case, so that "the United States" or "Says Who" is no verb; and not used as a noun after a
 * determiner, a number or a possessive ("in many of Nigeria’s 36 states"). Takes the word list where it can (the
 * signature of an array callback).
 */
function isCue(w: Word, i?: number, ws?: readonly Word[]): boolean {
  if (!SPEECH_VERBS.has(w.text)) return false;
  const prev = ws && i ? ws[i - 1] : undefined;
  // "what the minister had to say", "wants to tell": an infinitive reports nothing said.
  if (prev?.lower === 'to' && !/(?:ed|s)$/.test(w.text)) return false;
  // "an estimated $4.8 million", "the listed company", "36 states": a determiner before it makes it no verb.
  return !(
    prev &&
    (/s$/.test(w.text) || /^(?:the|a|an)$/.test(prev.lower)) &&
    NOUN_DETERMINERS.test(prev.lower) &&
    prev.end >= w.start - 2
  );
}

/** Words of a title: every word capitalised but short function words, no sentence punctuation at the end. */
function isTitleCase(text: string): boolean {
  const ws = text.match(/[\p{L}\p{N}’'-]+/gu) ?? [];
  if (ws.length > 8 || /[.!?,]$/.test(text.trim())) return false;
  return ws.every(
    (w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && /^(?:of|the|a|an|and|or|to|in|on|for|at|by|with|from|de|la|le)$/.test(w)),
  );
}

/** An unclassified name that could be a person's: up to three capitalised words, the last no common word ("Police Powers and Responsibilities Act" could not). */
function looksLikePersonName(name: string): boolean {
  const parts = name.trim().split(/\s+/);
  return parts.length <= 3 && parts.every((p) => /^\p{Lu}/u.test(p)) && !isLexiconCommonWord(parts[parts.length - 1]);
}

/** A person, or a name of no known kind that could be a person's. */
function isPersonLike(e: Entity): boolean {
  return e.kind === ActorKind.PERSON || (e.kind === 'UNKNOWN' && looksLikePersonName(e.name));
}

/** An unnamed source ("a company spokeswoman", "Milton police"): the words naming it are the speaker, as written. */
function unnamedSource(phrase: Range): Attribution {
  return { speaker: null, unnamed: true, coSpeakers: [], phrase, cue: null, confidence: 0 };
}

/** The speaker named by a mention: the mention is the phrase attributed. */
function byMention(m: MentionRef, confidence = 0, cue: Range | null = null): Attribution {
  return { speaker: m.entity, coSpeakers: [], phrase: { start: m.start, end: m.end }, cue, confidence };
}

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}

function trimRange(body: string, start: number, end: number): Range {
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /[\s,]/.test(body[end - 1])) end--;
  return { start, end };
}

/** Where the sentence around `pos` begins, not crossing `floor` (a paragraph start or the end of an earlier quote). */
function sentenceStart(body: string, pos: number, floor: number): number {
  for (let i = pos - 1; i > floor; i--) {
    if (/[.!?]/.test(body[i]) && /\s/.test(body[i + 1] ?? '')) {
      const before = body.slice(Math.max(floor, i - 12), i);
      if (ABBREVIATIONS.test(before)) continue;
      let j = i + 1;
      while (j < pos && /\s/.test(body[j])) j++;
      if (j >= pos || /[\p{Lu}\p{N}"“‘']/u.test(body[j])) return j;
    }
  }
  return floor;
}

/** Where the sentence from `pos` ends (index after its final mark), not crossing `ceil`. */
function sentenceEnd(body: string, pos: number, ceil: number): number {
  for (let i = pos; i < ceil; i++) {
    if (/[.!?]/.test(body[i]) && (i + 1 >= ceil || /\s/.test(body[i + 1]))) {
      const before = body.slice(Math.max(pos, i - 12), i);
      if (ABBREVIATIONS.test(before)) continue;
      return i + 1;
    }
  }
  return ceil;
}

interface Attribution {
  speaker: Entity | null;
  /** The phrase names an unnamed source ("a company spokeswoman"): show it as the speaker. */
  unnamed?: boolean;
  /** Resolved from a pronoun: less sure than a name. */
  viaPronoun?: boolean;
  coSpeakers: Entity[];
  phrase: Range | null;
  cue: Range | null;
  confidence: number;
}

export class QuoteFinder {
  private readonly paras: Range[];
  private readonly raw: RawQuote[];
  /**
   * Mentions in the narration, outside quote marks: the antecedents of "he", "the minister", "the company".
   * A name inside a quote ("We beat Goa", "Sabah and Pahang applied") is what the speaker talks about.
   */
  private readonly narrated: MentionRef[];
  /** Speakers already attributed, by position, for pronoun preference and paragraph inheritance. */
  private readonly spoken: { pos: number; para: number; att: Attribution }[] = [];

  /** The article body, with doubled single marks read as double ones (same length: offsets hold). */
  private readonly body: string;

  constructor(
    text: string,
    private readonly mentions: MentionRef[],
  ) {
    const body = doubledSinglesAsDouble(text);
    this.body = body;
    this.paras = paragraphs(body);
    const doubles = pairQuoteMarks(body);
    const singles = pairSingleMarks(body, doubles);
    // A double-mark quote inside a single-mark one is part of it.
    this.raw = [...doubles.filter((d) => !singles.some((q) => q.open < d.open && d.close < q.close)), ...singles].sort(
      (a, b) => a.open - b.open,
    );
    this.narrated = mentions.filter((m) => !this.raw.some((q) => q.open < m.start && m.end <= q.close));
  }

  private paraOf(pos: number): number {
    let lo = 0;
    let hi = this.paras.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.paras[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  find(): FoundQuote[] {
    const body = this.body;
    const raw = this.raw;
    const quotes: FoundQuote[] = [];
    const taken: Range[] = [];
    raw.forEach((q, k) => {
      const content = trimRange(body, q.open + 1, q.close);
      if (content.end <= content.start) return;
      const para = this.paras[this.paraOf(q.open)];
      const lastPara = this.paras[this.paraOf(q.close)];
      const prevClose = k > 0 && raw[k - 1].close >= para.start ? raw[k - 1].close + 1 : para.start;
      const nextOpen = k + 1 < raw.length && raw[k + 1].open < lastPara.end ? raw[k + 1].open : lastPara.end;
      const preStart = sentenceStart(body, q.open, prevClose);
      // A quoted question or exclamation may go on with its attribution: `"So what?" Smith, a senator, said.`
      const endsSentence = /\.$/.test(body.slice(content.start, content.end));
      const postEnd = sentenceEnd(body, q.close + 1, nextOpen);
      const att = this.attributeDirect(q.open, q.close, preStart, postEnd, endsSentence, nextOpen);
      const n = wordCount(body.slice(content.start, content.end));
      // "Farewell Yellow Brick Road Tour", "Don’t Worry Darling": a title of a work, unless someone is said to say it.
      if (n >= 2 && isTitleCase(body.slice(content.start, content.end)) && !(att && att.confidence >= 0.85)) return;
      if (n < 4 && !this.isSaid(q, att, preStart)) return; // a scare quote or a title, not something said
      let result = att && att.viaPronoun ? { ...att, confidence: Math.min(att.confidence, 0.85) } : att;
      if (!result) {
        // After narration in its own paragraph, the quote goes with the sentence before it; opening a paragraph,
        // with the quotes of the paragraph before, else with the subject of that paragraph's last sentence.
        const afterNarration = !!body.slice(para.start, q.open).trim();
        result = afterNarration
          ? (this.precedingSubject(q.open) ?? this.inherit(q.open))
          : (this.inherit(q.open) ?? this.precedingSubject(q.open));
      }
      quotes.push({
        ...content,
        kind: QuoteKind.DIRECT,
        speaker: result?.speaker ?? null,
        unnamedSpeaker: !!result?.unnamed,
        coSpeakers: result?.coSpeakers ?? [],
        speakerPhrase: result?.phrase ?? null,
        cue: result?.cue ?? null,
        confidence: result ? result.confidence : 0.5,
      });
      taken.push({ start: q.open, end: q.close + 1 });
      if (result && (result.speaker || result.phrase)) this.spoken.push({ pos: q.open, para: this.paraOf(q.open), att: result });
    });
    // Quotes with no attribution of their own: a later quote of the same paragraph may name the speaker.
    for (const q of quotes) {
      if (q.speaker || q.speakerPhrase) continue;
      const p = this.paraOf(q.start);
      const later = this.spoken.find((s) => s.para === p && s.pos > q.start);
      if (later)
        Object.assign(q, {
          speaker: later.att.speaker,
          unnamedSpeaker: !!later.att.unnamed,
          coSpeakers: later.att.coSpeakers,
          speakerPhrase: later.att.phrase,
          cue: later.att.cue,
          confidence: 0.6,
        });
    }
    // Still no one: in a feature, a quote standing alone goes on with the last quote's speaker, else with the person
    // named last before it, else the first person named after it. A guess, and marked so by its confidence.
    for (const q of quotes) {
      if (q.speaker || q.speakerPhrase) continue;
      const last = [...this.spoken].reverse().find((s) => s.pos < q.start && (s.att.speaker || s.att.unnamed));
      if (last) {
        Object.assign(q, {
          speaker: last.att.speaker,
          unnamedSpeaker: !!last.att.unnamed,
          coSpeakers: last.att.coSpeakers,
          speakerPhrase: last.att.phrase,
          cue: null,
          confidence: 0.3,
        });
        continue;
      }
      const person = this.nearestBefore(q.start, (e) => e.kind === ActorKind.PERSON) ?? this.nextNamedPerson(q.end);
      if (person) Object.assign(q, { speaker: person, confidence: 0.3 });
    }
    return [...quotes, ...this.paraphrases(taken)].sort((a, b) => a.start - b.start);
  }

  /**
   * Whether a short quote (under 4 words) is words someone said rather than a scare quote or a title: attributed
   * right next to it (`"So what?" Smith said`), or governed by a speech verb earlier in its sentence
   * (`said the claims were "unfounded"`, `called it "a disgrace"`, `spoke of "abuses"`).
   */
  private isSaid(q: RawQuote, att: Attribution | null, preStart: number): boolean {
    const body = this.body;
    // `Otec FM's "Nyansapo" claimed …`: a quote that is the subject of the verb after it is a name.
    const endsClause =
      /[,.!?;:\u2014\u2013-]\s*$/.test(body.slice(q.open + 1, q.close)) || /^\s*[,.!?;:\u2014\u2013-]/.test(body.slice(q.close + 1));
    if (att && att.confidence >= 0.85 && (endsClause || (att.cue && att.cue.end <= q.open))) return true;
    const quoted = words(body, q.open + 1, q.close);
    // A name or a label in marks ("P", "HZX", "Dreamers"): capitalised words, nothing said.
    if (quoted.length <= 2 && quoted.every((w) => /^\p{Lu}/u.test(w.text))) return false;
    // `“…,” Ribera told POLITICO. “It’s law enforcement.”`: a sentence quoted right after the speaker's attributed quote.
    const k = this.raw.indexOf(q);
    const prev = k > 0 ? this.raw[k - 1] : null;
    if (prev && prev.para === q.para && /[.!?]$/.test(body.slice(q.open + 1, q.close).trim()) && /^\p{Lu}/u.test(quoted[0]?.text ?? '')) {
      const between = words(body, prev.close + 1, q.open);
      if (between.length <= 10 && between.some((w, i) => isCue(w, i, between)) && /[.!?:]\s*$/.test(body.slice(prev.close + 1, q.open)))
        return true;
    }
    // `this so-called "bridge" financing`: a term.
    if (/so-called\s*$/i.test(body.slice(Math.max(0, q.open - 12), q.open))) return false;
    // `a “tailwind” for automakers, Managing Officer Tetsuya Otake said.`: the sentence's own attribution at its end,
    // for words that stand on their own (not a modifier: `"bridge" financing …, Hutton said`).
    const standsAlone = /^\s*(?:[,.!?;:)\u2014\u2013-]|$|(?:to|of|in|for|at|on|with|by|from|and|but|as)\b)/.test(
      body.slice(q.close + 1, q.close + 12),
    );
    if (standsAlone && this.trailingAttribution(q.close + 1)) return true;
    // The speech verb governing the sentence, earlier quotes of it included (`promised a “return to order” within a
    // “reasonable time”`); not a verb inside another quote, nor a passive one (`pupils were asked to …`).
    const from = Math.min(preStart, sentenceStart(body, q.open, this.paras[this.paraOf(q.open)].start));
    const before = words(body, from, q.open).filter((w) => !this.raw.some((r) => r.open < w.start && w.end <= r.close));
    const cueAt = before
      // A sign or a slogan "read": a few words written on it are no one's statement.
      .map(
        (w, i, ws) =>
          isCue(w, i, ws) && !/^reads?$/.test(w.lower) && !(i > 0 && /^(?:was|were|been|being|be|is|are)$/.test(ws[i - 1].lower)),
      )
      .lastIndexOf(true);
    // Far into a long reported clause, a quoted phrase mid-sentence is more often the writer's borrowed term
    // (`said … that no third country should play a "direct role" in it`) than the speaker's words ending it.
    if (cueAt >= 0) return before.length - cueAt <= MAX_CUE_DISTANCE || endsClause;
    const verbAt = before.map((w) => CHARACTERISING_VERBS.has(w.lower)).lastIndexOf(true);
    if (verbAt < 0 || (verbAt === before.length - 1 && NAMING_VERBS.has(before[verbAt].lower))) return false;
    // `called the offer the "final" proposed revision`: a quoted modifier inside a longer noun phrase is no one's words.
    return standsAlone;
  }

  /** A clause closing the sentence after `pos` with a speaker and a speech verb: `…, X said.`, `…, Smith, a senator, told reporters.` */
  private trailingAttribution(pos: number): { subject: Range; cue: Word } | null {
    const body = this.body;
    const end = sentenceEnd(body, pos, this.paras[this.paraOf(pos)].end);
    if (/[“”"]/.test(body.slice(pos, end))) return null;
    // The first clause set off by a comma that is a subject and a speech verb: `…, the Journal reported, citing …`.
    for (let comma = body.indexOf(', ', pos); comma >= 0 && comma < end; comma = body.indexOf(', ', comma + 1)) {
      const next = body.indexOf(',', comma + 1);
      const ws = words(body, comma, next > comma && next < end ? next : end);
      const cueAt = ws.findIndex((w, i) => isCue(w, i, ws));
      if (cueAt > 0 && cueAt <= 8 && !PREPOSITIONS.test(ws[0].lower))
        return { subject: { start: comma + 1, end: ws[cueAt].start }, cue: ws[cueAt] };
    }
    return null;
  }

  /** `… a “tailwind” for automakers, Managing Officer Tetsuya Otake said.`: the speaker of the sentence's closing attribution. */
  private sentenceFinalSpeaker(pos: number): Attribution | null {
    const t = this.trailingAttribution(pos);
    const a = t && this.resolveRegion(t.subject.start, t.subject.end, 'last');
    return a && { ...a, cue: { start: t.cue.start, end: t.cue.end }, confidence: 0.7 };
  }

  private attributeDirect(
    open: number,
    close: number,
    preStart: number,
    postEnd: number,
    endsSentence: boolean,
    nextOpen: number,
  ): Attribution | null {
    return (
      this.attributeAfter(open, close, preStart, postEnd, endsSentence) ??
      this.attributeBefore(preStart, open) ??
      this.accordingTo(open, close, preStart, postEnd, nextOpen) ??
      this.introducedBefore(open) ??
      this.nextSentenceSpeaker(close, nextOpen) ??
      this.sentenceFinalSpeaker(close + 1) ??
      this.colonIntroduced(preStart, open)
    );
  }

  /** "… with Jury President Brillante Ma Mendoza making the opening remarks: “…”": the person of the clause the colon closes. */
  private colonIntroduced(preStart: number, open: number): Attribution | null {
    const pre = this.body.slice(preStart, open);
    const colon = /:\s*$/.exec(pre);
    if (!colon) return null;
    const a = this.resolveRegion(preStart, preStart + colon.index, 'first');
    return a && a.speaker?.kind === ActorKind.PERSON ? { ...a, cue: null, confidence: 0.6 } : null;
  }

  /** `"… 9.60." Bolt said to reporters after the race.`: the sentence right after the quote opens with a name and a speech verb. */
  private nextSentenceSpeaker(close: number, nextOpen: number): Attribution | null {
    const body = this.body;
    const after = words(body, close + 1, Math.min(nextOpen, this.paras[this.paraOf(close)].end)).slice(0, 6);
    if (!after.length || !/^\s*$/.test(body.slice(close + 1, after[0].start))) return null;
    const m = this.narrated.find((x) => x.start === after[0].start && x.entity.kind !== 'PLACE');
    if (!m) return null;
    const cue = after.find((w) => w.start >= m.end);
    if (!cue || !isCue(cue) || !/^[\s,]*$/.test(body.slice(m.end, cue.start))) return null;
    return byMention(m, 0.7, { start: cue.start, end: cue.end });
  }

  /** After the quote: `“…,” said Dr Jane Smith`, `“…,” Smith, a senator, said`, `“…,” according to X`. */
  private attributeAfter(open: number, close: number, preStart: number, postEnd: number, endsSentence: boolean): Attribution | null {
    const body = this.body;
    const postWords = words(body, close + 1, postEnd);
    const postText = body.slice(close + 1, postEnd);
    const lead = /^[\s,;:\u2014\u2013-]*/.exec(postText)![0].length;
    if (!postWords.length) return null;
    const w0 = postWords[0];
    const immediate = w0.start === close + 1 + lead;
    if (!immediate) return null;
    // "…,” a statement read.": a document after the quote, with "read" (no speech verb elsewhere: "he has read the news").
    const documentRead =
      /^[\s,]*((?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+)?(?:statement|letter|note|message|notice|post|memo|release))\s+reads?\b/iu.exec(
        postText,
      );
    if (documentRead) {
      const at = close + 1 + postText.indexOf(documentRead[1]);
      const a = this.resolveRegion(at, at + documentRead[1].length, 'first');
      if (a) return { ...a, cue: null, confidence: 0.85 };
    }
    if (w0.lower === 'according' && postWords[1]?.lower === 'to' && !words(body, preStart, open).some(isCue)) {
      const a = this.resolveRegion(postWords[1].end, this.clauseEnd(postWords[1].end, postEnd), 'first');
      if (a) return { ...a, cue: { start: w0.start, end: postWords[1].end }, confidence: 0.8 };
    }
    const lowerStart = /^\p{Ll}/u.test(w0.text) || !endsSentence;
    if (lowerStart && isCue(w0)) {
      // "…," said Dr Jane Smith of Exxon
      const end = this.clauseEnd(w0.end, postEnd);
      const named = this.appositiveName(w0.end, end, postEnd);
      if (named) return byMention(named, 0.95, { start: w0.start, end: w0.end });
      const a = this.resolveRegion(w0.end, end, 'first');
      if (a) return { ...a, cue: { start: w0.start, end: w0.end }, confidence: 0.95 };
    }
    // "“…,” while Y tweeted …": a new clause with its own subject, not this quote's attribution.
    if (CLAUSE_OPENERS.has(w0.lower)) return null;
    // A subject does not open with a preposition: `“…” in Russia who need …, adding that` is no attribution.
    if (PREPOSITIONS.test(w0.lower)) return null;
    if (lowerStart || /^[,;:]/.test(postText.trimStart()) || !endsSentence) {
      const cueAt = postWords.slice(0, 30).findIndex((w, i, ws) => i > 0 && isCue(w, i, ws));
      // Far from the quote only after a name and a description set off by commas ("X, head of one of …, told Reuters").
      const near = cueAt > 0 && (cueAt < 14 || /^[^,]+,[^“”"]*,\s*$/.test(body.slice(w0.start, postWords[cueAt].start)));
      if (near && !/[“”"]/.test(body.slice(close + 1, postWords[cueAt].start))) {
        const regionEnd = postWords[cueAt].start;
        // "he was quoted by the Australian Broadcasting Corporation as saying": the one quoted, not the outlet.
        const np = body
          .slice(w0.start, regionEnd)
          .replace(/\s+(?:was|were|is|are|has been|had been)\s+quoted\b[^]*$/, '')
          .replace(AUXILIARIES, '');
        const a = this.resolveRegion(w0.start, w0.start + np.length, 'first', 'last');
        if (a) return { ...a, cue: { start: postWords[cueAt].start, end: postWords[cueAt].end }, confidence: a.speaker ? 0.95 : 0.9 };
      }
    }
    return null;
  }

  /** Before the quote: "X said: “…”", "X told reporters, “…”", "X said the claims were “…”". */
  private attributeBefore(preStart: number, open: number): Attribution | null {
    const body = this.body;
    const pre = body.slice(preStart, open);
    // "Said Hong Kong producer-director Stanley Kwan, “…”": the verb first, then its subject.
    const inverted = /^\s*(Said|Says|Added|Adds|Wrote|Writes)\s+(?=\p{Lu})/u.exec(pre);
    if (inverted) {
      const a = this.resolveRegion(preStart + inverted[0].length, open, 'first');
      const cueStart = preStart + pre.indexOf(inverted[1]);
      if (a && (a.speaker || a.unnamed)) return { ...a, cue: { start: cueStart, end: cueStart + inverted[1].length }, confidence: 0.85 };
    }
    const preWords = words(body, preStart, open);
    const m = /(\p{L}+)((?:\s+[\p{L}'’.-]+){0,3})\s*[:,]?\s*(?:that\s*)?$/u.exec(pre.replace(/[\s,:\u2014\u2013-]+$/, ''));
    const adjacentCue = m && SPEECH_VERBS.has(m[1].toLowerCase()) && (!m[2] || /:\s*$/.test(pre) || m[2].trim().split(/\s+/).length <= 1);
    // The speech verb nearest the quote whose subject can be resolved ("Asked by the agency…, Nazer said Saudi Arabia “…”").
    for (let cueIndex = preWords.length - 1; cueIndex >= 0; cueIndex--) {
      if (!isCue(preWords[cueIndex], cueIndex, preWords) && !CHARACTERISING_VERBS.has(preWords[cueIndex].text)) continue;
      const cueWord = preWords[cueIndex];
      if (this.inRelativeClause(preWords, cueIndex)) continue;
      const a = this.subjectOf(preStart, cueWord);
      if (!a) continue;
      // "A police spokesman said the commissioner spoke … and was “entirely accurate”", "The premier said he asked …
      // “on pause”": a speech verb inside a reported clause; the quote is the words of the sentence's main speaker.
      // Only when the inner subject is no name of its own ("he", "the police commissioner").
      const innerNamed = !!a.phrase && /^\p{Lu}/u.test(body.slice(a.phrase.start, a.phrase.end)) && !a.unnamed && !a.viaPronoun;
      // "asked why she had said …, and she replied - “…”": a clause joined by "and" has its own subject; nothing reported.
      const coordinated = /(?:,\s*|\s)(?:and|but|while|whereas)\s+(?:[\p{L}'’-]+\s+){0,3}$/u.test(body.slice(preStart, cueWord.start));
      const main = innerNamed || coordinated ? null : this.mainSpeechVerb(preWords, cueIndex);
      const outer = main && this.subjectOf(preStart, main);
      if (outer && (outer.speaker || outer.unnamed)) return { ...outer, cue: { start: main.start, end: main.end }, confidence: 0.8 };
      return { ...a, cue: { start: cueWord.start, end: cueWord.end }, confidence: adjacentCue ? 0.9 : 0.8 };
    }
    return null;
  }

  /** The first finite speech verb of the sentence before `cueIndex`, when the later one is in the clause it reports. */
  private mainSpeechVerb(ws: Word[], cueIndex: number): Word | null {
    for (let i = 0; i < cueIndex; i++) {
      const w = ws[i];
      if (!isCue(w, i, ws) || /ing$/.test(w.lower) || this.inRelativeClause(ws, i)) continue;
      if (i > 0 && /^(?:was|were|been|being|be|is|are)$/.test(ws[i - 1].lower)) continue;
      if (/[;:]|[.!?]\s/.test(this.body.slice(w.end, ws[cueIndex].start))) return null;
      return w;
    }
    return null;
  }

  /** `regulations that the Government announced`: a speech verb inside a relative clause is not the sentence's verb. */
  private inRelativeClause(ws: Word[], cueIndex: number): boolean {
    for (let i = cueIndex - 1; i >= Math.max(1, cueIndex - 4); i--) {
      if (!/^(?:that|which|who|whom)$/.test(ws[i].lower)) continue;
      // "a give-and-take, in which Jurczyk said, “…”": after a preposition the clause has a subject of its own.
      if (PREPOSITIONS.test(ws[i - 1].lower) && cueIndex > i + 1) return false;
      // "said that the minister told …" is reported speech, not a relative clause.
      return (
        !SPEECH_VERBS.has(ws[i - 1].lower) && /^\p{Ll}/u.test(ws[i - 1].text) && !/[,;:]/.test(this.body.slice(ws[i - 1].end, ws[i].start))
      );
    }
    return false;
  }

  /** Who a speech verb before the quote has as its subject. */
  private subjectOf(floor: number, cueWord: Word): Attribution | null {
    const body = this.body;
    const from = this.clauseStart(floor, cueWord.start);
    // "DA leader John Steenhuisen on Tuesday, who asked him: “…”": the person the relative clause follows.
    const relative = /,\s+who\s+(?:\p{Ll}+\s+)?$/u.exec(body.slice(floor, cueWord.start));
    if (relative) {
      const at = cueWord.start - relative[0].length;
      const sentence = sentenceStart(body, at, Math.max(floor, this.paras[this.paraOf(at)].start));
      const antecedent = this.narrated.filter((m) => m.start >= sentence && m.end <= at && m.entity.kind === ActorKind.PERSON).pop();
      if (antecedent) return byMention(antecedent);
    }
    // "Parameshwara, who is responsible for … and Sports tweeted “…”": a name opening the sentence, a relative clause
    // about it with no closing comma, then the verb: the name is the subject.
    const sentenceFrom = sentenceStart(body, cueWord.start, Math.max(floor, this.paras[this.paraOf(cueWord.start)].start));
    const opener = this.narrated.find((m) => m.start >= sentenceFrom && m.end <= cueWord.start);
    if (
      opener &&
      isPersonLike(opener.entity) &&
      !words(body, sentenceFrom, opener.start).length &&
      /^,\s+who\s[^,;]*$/.test(body.slice(opener.end, cueWord.start))
    )
      return byMention(opener);
    // "X was quoted by the daily Y as saying": X spoke, Y reported it.
    if (/\bquoted\b/i.test(body.slice(from, cueWord.start))) return this.resolveRegion(floor, cueWord.start, 'first');
    // "X said …, adding that “…”", "X refused …, arguing that “…”": a participle's subject is the sentence's subject;
    // so is a verb coordinated with the sentence's ("He said the deal … and stressed it was “…”").
    if (
      (/ing$/.test(cueWord.lower) && /,\s*$/.test(body.slice(floor, cueWord.start))) ||
      /\s(?:and|but)\s+(?:then\s+|also\s+)?$/.test(body.slice(floor, cueWord.start))
    )
      return this.sentenceSubject(cueWord);
    const clause = this.resolveRegion(from, cueWord.start, 'last');
    // "X, a senator, said", "X, who …, told", "The head of the service, X, said": the subject and the words set
    // off by commas name one speaker; the named one of the two is the better answer.
    const appositive = this.appositiveStart(floor, from, cueWord.start);
    const head = appositive === null ? null : this.resolveRegion(appositive, from, 'last');
    const person = [head, clause].find((a) => a?.speaker?.kind === ActorKind.PERSON);
    if (person) return person;
    // "Sarah Wassell, from Templemore, Co Tipperary, says": a person opening the sentence, then only phrases set off by commas.
    const sentence = sentenceStart(body, cueWord.start, Math.max(floor, this.paras[this.paraOf(cueWord.start)].start));
    const lead = body.slice(sentence, cueWord.start);
    if (/^[^,]+(?:,[^,]+)+,\s*$/.test(lead)) {
      const opener = this.narrated.find(
        (m) => m.start >= sentence && m.end <= sentence + lead.indexOf(',') && m.entity.kind === ActorKind.PERSON,
      );
      if (opener) return byMention(opener);
    }
    return [head, clause].find((a) => a?.speaker) ?? head ?? clause;
  }

  /**
   * The subject of the sentence holding `cueWord`: the words before its first speech verb, after a dateline
   * ("Addis Ababa, Ethiopia (ADV) – The African Union has …, adding that …").
   */
  private sentenceSubject(cueWord: Word): Attribution | null {
    const body = this.body;
    let start = sentenceStart(body, cueWord.start, this.paras[this.paraOf(cueWord.start)].start);
    const dateline = /^(?:\p{Lu}[\p{L}.'’-]*[\s,]*)+(?:\([^)]{1,40}\)\s*)?[–—-]\s+/u.exec(body.slice(start, cueWord.start));
    if (dateline) start += dateline[0].length;
    // "But in rejecting the Comcast offer, AT&T …": an introductory phrase set off by a comma is not the subject.
    const intro =
      /^(?:(?:But|And|Yet)\s+)?(?:in|after|before|while|when|as|although|though|despite|following|during|speaking|asked|with|since|because|if|on|upon|by)\b[^,“”"]*,\s+/i.exec(
        body.slice(start, cueWord.start),
      );
    if (intro) start += intro[0].length;
    // "Last night, Ms Collins took …": a short time phrase set off by a comma.
    const time = /^(?:(?:last|this|next|on|earlier|later)\s+)?[\p{L}\p{N}]+(?:\s+[\p{L}\p{N}]+){0,2},\s+/u.exec(
      body.slice(start, cueWord.start),
    );
    if (time && !this.narrated.some((m) => m.start >= start && m.end <= start + time[0].length)) start += time[0].length;
    // "… by senior Gardai and the Judge declined the application, saying …": the clause nearest the participle.
    const joined = [...body.slice(start, cueWord.start).matchAll(/\s(?:and|but)\s+(?=(?:the|a|an)\s)/g)].pop();
    if (joined) start += joined.index + joined[0].length;
    const ws = words(body, start, cueWord.start);
    const first = ws.find((w, i) => isCue(w, i, ws) || CHARACTERISING_VERBS.has(w.text));
    let end = first ? first.start : cueWord.start;
    // The subject ends at the clause's verb, whatever verb it is ("the Judge declined …").
    const verb = firstVerbAt(body.slice(start, end));
    if (verb > 0) end = start + verb;
    return this.resolveRegion(start, end, 'first');
  }

  /** Where the subject starts when the clause before the verb is set off by commas (`X, a senator, said`), else null. */
  private appositiveStart(floor: number, clause: number, cue: number): number | null {
    const body = this.body;
    if (clause <= floor || !/,\s*$/.test(body.slice(clause, cue)) || !/,\s*$/.test(body.slice(floor, clause))) return null;
    const start = this.clauseStart(floor, clause);
    return body.slice(start, clause).trim() ? start : null;
  }

  /** "according to X" anywhere in the sentence. */
  private accordingTo(open: number, close: number, preStart: number, postEnd: number, nextOpen: number): Attribution | null {
    const body = this.body;
    const sentenceEndPos = sentenceEnd(body, close + 1, this.paras[this.paraOf(close)].end);
    for (const [from, to] of [
      [preStart, open],
      [close + 1, Math.max(postEnd, Math.min(sentenceEndPos, nextOpen))],
    ]) {
      const ws = words(body, from, to);
      const i = ws.findIndex((w, j) => w.lower === 'according' && ws[j + 1]?.lower === 'to');
      if (i >= 0) {
        const after = ws[i + 1].end;
        const a = this.resolveRegion(after, this.clauseEnd(after, to), 'first');
        if (a) return { ...a, cue: { start: ws[i].start, end: ws[i + 1].end }, confidence: 0.75 };
      }
    }
    return null;
  }

  /** A quote opening a paragraph that the paragraph before introduces, ending on a colon or comma: `It said:` ¶ `“…”`. */
  private introducedBefore(open: number): Attribution | null {
    const body = this.body;
    const p = this.paraOf(open);
    if (p === 0 || body.slice(this.paras[p].start, open).trim()) return null;
    const prev = this.paras[p - 1];
    const end = prev.start + body.slice(prev.start, prev.end).trimEnd().length;
    if (!/[:,]$/.test(body.slice(prev.start, end))) return null;
    const lastQuote = this.raw.filter((q) => q.close >= prev.start && q.close < end).pop();
    const floor = lastQuote ? lastQuote.close + 1 : prev.start;
    const from = sentenceStart(body, end - 1, floor);
    const a = this.attributeBefore(from, end);
    if (a) return { ...a, confidence: Math.min(a.confidence, 0.8) };
    // "This is what the Argentina coach had to say in the press conference:": the one the lead-in is about.
    if (!/:$/.test(body.slice(prev.start, end))) return null;
    const about = this.resolveRegion(from, end - 1, 'first');
    if (about?.speaker?.kind === ActorKind.PERSON) return { ...about, cue: null, confidence: 0.6 };
    const role = new RegExp(`\\bthe\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${ROLE_WORDS})\\b`, 'iu').exec(body.slice(from, end));
    const person = role && this.resolveRegion(from + role.index, from + role.index + role[0].length, 'first');
    return person?.speaker?.kind === ActorKind.PERSON ? { ...person, cue: null, confidence: 0.6 } : null;
  }

  /** Speaker of the paragraph: an earlier quote in it, or the last speaker of the paragraph before. */
  private inherit(pos: number): Attribution | null {
    const p = this.paraOf(pos);
    for (let i = this.spoken.length - 1; i >= 0; i--) {
      const s = this.spoken[i];
      if (s.pos >= pos) continue;
      if (s.para === p || s.para === p - 1) return { ...s.att, confidence: 0.6 };
      // Over a short lead-in paragraph ending on a colon ("Regarding the substitutions:").
      const lead = p > 0 ? this.body.slice(this.paras[p - 1].start, this.paras[p - 1].end).trim() : '';
      if (s.para === p - 2 && /:$/.test(lead) && wordCount(lead) <= 8) return { ...s.att, confidence: 0.55 };
      break;
    }
    return null;
  }

  /**
   * Who the sentence just before an unattributed quote is about: the speaker of a quote in it, the subject of its
   * speech verb ("She explained that …"), or the person (or pronoun) opening it ("Rudisha, though, is convinced …").
   * Looks in the quote's paragraph before it, else in the last sentence of the paragraph before.
   */
  private precedingSubject(pos: number): Attribution | null {
    const body = this.body;
    const p = this.paraOf(pos);
    const para = this.paras[p];
    const own = !!body.slice(para.start, pos).trim();
    if (!own && p === 0) return null;
    const regionStart = own ? para.start : this.paras[p - 1].start;
    let regionEnd = own ? pos : this.paras[p - 1].end;
    while (regionEnd > regionStart && /\s/.test(body[regionEnd - 1])) regionEnd--;
    if (regionEnd <= regionStart) return null;
    let from = sentenceStart(body, regionEnd - 1, regionStart);
    // A sentence inside a quote is not where the narration's sentence starts: back to the quote's opening mark.
    const around = this.raw.find((r) => r.open < from && from <= r.close);
    if (around) from = Math.max(regionStart, around.open);
    const said = [...this.spoken].reverse().find((x) => x.pos >= from && x.pos < regionEnd);
    if (said) return { ...said.att, confidence: 0.6 };
    const ws = words(body, from, regionEnd);
    const cue = ws.find((w, i) => isCue(w, i, ws) && i > 0 && !this.inRelativeClause(ws, i));
    if (cue) {
      const a = this.subjectOf(from, cue);
      if (a && (a.speaker || a.unnamed)) return { ...a, cue: null, confidence: 0.55 };
    }
    const opener = this.narrated.find(
      (m) =>
        m.start >= from &&
        m.end <= regionEnd &&
        (m.entity.kind === ActorKind.PERSON || m.entity.kind === 'UNKNOWN') &&
        this.startsSentence(m),
    );
    if (opener) return byMention(opener, 0.5);
    // "The consultant will see her, but she thinks …": the first he or she, a subject wherever it stands.
    const first = ws.find((w) => PRONOUNS[w.lower] === 'm' || PRONOUNS[w.lower] === 'f');
    if (first) {
      const r = this.resolvePronoun(first.lower, first.start);
      if (r.speaker) return { ...r, phrase: { start: first.start, end: first.end }, cue: null, confidence: 0.5, viaPronoun: true };
    }
    return null;
  }

  /**
   * "said Vossler’s sister, Sharon Johnson, pointing …": a description naming no one but an owner, then the
   * person's name set off by commas: the name is the speaker.
   */
  private appositiveName(from: number, end: number, limit: number): MentionRef | null {
    const gap = /^,\s+/.exec(this.body.slice(end, limit));
    if (!gap) return null;
    const named = this.narrated.find((m) => m.start === end + gap[0].length && m.entity.kind === ActorKind.PERSON);
    if (!named || !(named.end === limit || /^\s*[,.;]/.test(this.body.slice(named.end, limit + 1)))) return null;
    const described = this.narrated.filter((m) => m.start >= from && m.end <= end);
    const owners = described.every((m) => /^['’]s?\s/.test(this.body.slice(m.end, m.end + 3)));
    const text = this.body.slice(from, end).trim();
    return owners && /^(?:(?:the|a|an|his|her|their)\s|\p{Lu}[\p{L}-]*['’]s?\s)/u.test(text) ? named : null;
  }

  private clauseEnd(from: number, to: number): number {
    const rest = this.body.slice(from, to);
    const m =
      /[,;:.!?(\u2014]\s|(?<!\p{N}),|[;:(\u2014]|\s(?:who|which|that|when|while|after|before|because|during|in an?|at a|on|on the|to)\s/u.exec(
        rest,
      );
    if (!m) return to;
    // "Dr." and "Corp." do not end the clause.
    if (m[0].startsWith('.') && ABBREVIATIONS.test(rest.slice(0, m.index))) {
      const again = /[,;:!?(\u2014]|\.\s(?=\p{Lu})/u.exec(rest.slice(m.index + 1));
      return again ? from + m.index + 1 + again.index : to;
    }
    return from + m.index;
  }

  private clauseStart(floor: number, cue: number): number {
    const text = this.body.slice(floor, cue);
    let best = floor;
    const re = /,\s|;\s|\s(?:and|but|after|while|when|because|as|since|although)\s/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const after = floor + m.index + m[0].length;
      // "Putin and Aliyev": "and" between two names is a coordination, not a new clause.
      if (/and/.test(m[0]) && this.mentionEndingAt(floor + m.index) && this.mentionStartingAt(after)) continue;
      if (/,/.test(m[0]) && /^(?:however|though|meanwhile|also|too)\b/i.test(this.body.slice(after, cue))) continue;
      if (this.body.slice(after, cue).trim()) best = after;
    }
    return best;
  }

  private mentionEndingAt(pos: number): MentionRef | undefined {
    return this.mentions.find((m) => m.end === pos);
  }

  private mentionStartingAt(pos: number): MentionRef | undefined {
    return this.mentions.find((m) => m.start === pos);
  }

  /**
   * Who a stretch of text names as the speaker: a named mention (the one nearest the cue), a pronoun, a
   * plural ("the two presidents"), a definite organisation ("the company"), or an unnamed source as written.
   */
  private resolveRegion(from: number, to: number, prefer: 'first' | 'last', cueSide: 'first' | 'last' = prefer): Attribution | null {
    const body = this.body;
    const region = trimRange(body, from, to);
    if (region.end <= region.start) return null;
    // "But a press spokeswoman", "However, the minister": a connective opening the clause is not part of the subject.
    // …and one closing it: "The statement, however," / "The statement however".
    const trailing = /,?\s+(?:however|though|meanwhile|also|too|instead|moreover|furthermore)$/i.exec(
      body.slice(region.start, region.end).replace(/[\s,.:;]+$/, ''),
    );
    if (trailing && trailing.index > 0) region.end = region.start + trailing.index;
    const connective = /^(?:But|And|Yet|So|However|Meanwhile|Still|Also|Instead|Now|Then)\b,?\s+/.exec(
      body.slice(region.start, region.end),
    );
    if (connective) region.start += connective[0].length;
    // "the council on Monday", "the minister yesterday": a time phrase after the subject is not part of it.
    const time =
      /\s+(?:(?:on|last|this|late|early|earlier)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|week|month|year|morning|afternoon|evening|night|at first|initially|later|earlier|again|also|then|previously)$/.exec(
        body.slice(region.start, region.end).replace(/[\s,.:;]+$/, ''),
      );
    if (time && time.index > 0) region.end = region.start + time.index;
    const text = body
      .slice(region.start, region.end)
      .replace(/[\s,.:;]+$/, '')
      .replace(AUXILIARIES, '');
    // "a spokeswoman for Northwind", "an official at the ministry": an unnamed source, as written, not the organisation.
    // "a note from Charles Schwab", "a statement by the ministry": the one who issued the document.
    const issued =
      /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+)?(?:note|statement|report|letter|memo|release|filing|notice|post|tweet)\s+(?:from|by|of)\s/u.exec(
        text,
      );
    if (issued) {
      const issuer = this.narrated.find(
        (m) => m.start >= region.start + issued[0].length && m.end <= region.end && m.entity.kind !== 'PLACE',
      );
      if (issuer) return byMention(issuer);
    }
    if (/^(?:[Aa]n?|[Oo]ne)\s+\p{Ll}[\p{Ll}-]*\s+(?:for|of|at|from|with)\s/u.test(text)) {
      return unnamedSource({ start: region.start, end: region.start + text.length });
    }
    // "Cllr David Mellen (Lab)": a name in brackets qualifies the subject; it is not the subject.
    const bracketed = (m: MentionRef) =>
      /\([^)]*$/.test(body.slice(region.start, m.start)) && /^[^(]*\)/.test(body.slice(m.end, region.end + 1));
    let inside = this.narrated.filter((m) => m.start >= region.start && m.end <= region.end && m.entity.kind !== 'PLACE' && !bracketed(m));
    // A possessive names whose person speaks ("Iran's Bijan Zangeneh", "Google's lawyers"), not the speaker; but the
    // possessor of a document or an office speaks through it ("the Kremlin's readout", "Russia's foreign ministry").
    const possessive = (m: MentionRef) => /^['’]s?\s+\S/.test(body.slice(m.end, region.end));
    // "Saadiah who is a native of Kampung Pasir Simpul": a relative clause describes the subject; names in it are not it.
    const relative = /\s(?:who|whose)\s/.exec(text);
    if (relative && inside.some((m) => m.end <= region.start + relative.index))
      inside = inside.filter((m) => m.end <= region.start + relative.index);
    else if (relative && /^\p{Lu}\p{Ll}+$/u.test(text.slice(0, relative.index)))
      return this.resolveRegion(region.start, region.start + relative.index, prefer, cueSide);
    // "the VC", "the Saudi oil minister": a role, whatever the tagger made of its words; resolved below.
    if (ROLE_NP.test(text)) inside = [];
    if (inside.length && possessive(inside[0])) {
      const owner = inside[0];
      const rest = inside.slice(1);
      const after = body.slice(owner.end, region.start + text.length).replace(/^['’]s?\s*/, '');
      if (rest.some((m) => m.start > owner.end)) inside = rest.filter((m) => m.start > owner.end);
      else if (/^\p{Lu}/u.test(after) || ROLE_HEAD.test(after)) {
        const phrase = /^\p{Lu}/u.test(after)
          ? { start: region.start + text.length - after.length, end: region.start + text.length }
          : { start: region.start, end: region.start + text.length };
        // "DeAngelo Davis’ defense attorney" after "defense attorney Nicole James": the person named with that role.
        const holder = /^\p{Ll}/u.test(after) ? this.holderOfRole(`the ${after}`, region.start) : null;
        if (holder?.kind === ActorKind.PERSON) return { speaker: holder, coSpeakers: [], phrase, cue: null, confidence: 0 };
        return unnamedSource(phrase);
      }
    }
    // "Asked if Bengaluru FC were better today the coach (replied)": a noun phrase of its own right before the verb is the subject.
    if (inside.length && cueSide === 'last') {
      const tail = /(?:^|\s)((?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)$/u.exec(
        body.slice(inside[inside.length - 1].end, region.start + text.length),
      );
      const lead = tail ? body.slice(region.start, region.start + text.length - tail[1].length).trimEnd() : '';
      if (tail && /(?:^|\s)(?:today|yesterday|tonight|then|now|later|afterwards|meanwhile)$/i.test(lead)) {
        const np = this.resolveRegion(region.start + text.length - tail[1].length, region.start + text.length, 'first');
        if (np && (np.speaker || np.unnamed)) return np;
      }
    }
    // "Milton police", "the B.C. RCMP", "Kenya's health ministry": a body of the place or organisation named, as written.
    if (inside.length) {
      const lastM = inside[inside.length - 1];
      const rest = body.slice(lastM.end, region.start + text.length);
      if (
        /^\.?(?:['’]s)?\s+(?:(?:\p{Ll}+\s+)?(?:police|government|authorities|officials|ministry|council|court|army|military|prosecutors|investigators|regulators|firefighters|officers|troops)|\p{Lu}{2,5})$/u.test(
          rest,
        )
      )
        return unnamedSource({ start: lastM.start, end: region.start + text.length });
    }
    if (inside.length) {
      // "Putin and Aliyev" speak jointly.
      for (let i = 0; i + 1 < inside.length; i++) {
        const between = body.slice(inside[i].end, inside[i + 1].start);
        if (/^\s+and\s+$/.test(between) && inside[i].entity.kind === ActorKind.PERSON && inside[i + 1].entity.kind === ActorKind.PERSON) {
          return {
            speaker: inside[i].entity,
            coSpeakers: [inside[i + 1].entity],
            phrase: { start: inside[i].start, end: inside[i + 1].end },
            cue: null,
            confidence: 0,
          };
        }
      }
      const people = inside.filter((m) => m.entity.kind === ActorKind.PERSON);
      const pool = people.length ? people : inside;
      // "a Buhari supporter in Kano, Mohammed Aliyu, said": the name set off right before the verb is the subject.
      const lastPerson = pool[pool.length - 1];
      // So is the name right after its title ("Tyson President and CEO Donnie Smith told").
      const adjacent =
        cueSide === 'last' &&
        people.length > 0 &&
        (/,\s*$/.test(body.slice(region.start, lastPerson.start)) || TITLE_BEFORE.test(body.slice(region.start, lastPerson.start))) &&
        /^[\s,]*$/.test(body.slice(lastPerson.end, region.end));
      const pick = (cueSide === 'last' && prefer === 'last') || adjacent ? pool[pool.length - 1] : pool[0];
      return byMention(pick);
    }
    const ws = words(body, region.start, region.end);
    const pronoun = (cueSide === 'last' ? [...ws].reverse() : ws).find(
      (w) => (PRONOUNS[w.lower] && w.lower !== 'it') || (w.lower === 'it' && ws.length === 1),
    );
    if (pronoun && ws.length <= 3) {
      const p = this.paraOf(pronoun.start);
      const previous = this.spoken.length ? this.spoken[this.spoken.length - 1] : null;
      // "…," said the regional manager. "…," he added: the speaker of the paragraph goes on.
      const isIt = PRONOUNS[pronoun.lower] === 'it';
      const fits =
        previous &&
        (isIt ? previous.att.speaker?.kind !== ActorKind.PERSON : previous.att.speaker?.kind === ActorKind.PERSON || previous.att.unnamed);
      if (
        previous &&
        fits &&
        previous.pos < pronoun.start &&
        ((previous.para === p && !this.newSubjectSince(previous, pronoun)) ||
          (isIt && previous.para >= p - 2) ||
          this.speakerGoesOn(previous, pronoun))
      ) {
        return {
          ...previous.att,
          phrase: previous.att.unnamed ? previous.att.phrase : { start: pronoun.start, end: pronoun.end },
          cue: null,
          confidence: 0,
        };
      }
      // "the Gauteng government said … ¶ “…,” it said": a body of a place named as the subject before.
      const body = PRONOUNS[pronoun.lower] === 'it' ? this.placeBodyBefore(pronoun.start) : null;
      if (body) return unnamedSource(body);
      const r = this.resolvePronoun(pronoun.lower, pronoun.start);
      return { ...r, phrase: { start: pronoun.start, end: pronoun.end }, cue: null, confidence: 0, viaPronoun: true };
    }
    if (ws.length === 0 || ws.length > 12) return null;
    const phraseRange = { start: region.start, end: region.start + text.length };
    // A name the tagger did not know ("Mizrahi"): capitalised words only. A surname joins the full name met before.
    if (
      ws.length <= 4 &&
      ws.every((w) => /^\p{Lu}/u.test(w.text)) &&
      !/^(?:The|A|An|This|That|These|Those|It|They|He|She)$/.test(ws[0].text) &&
      // "While asking …": a word the lexicon knows as no name ends no name.
      !(ws.length === 1 && isLexiconFunctionWord(ws[0].text))
    ) {
      const last = ws[ws.length - 1].lower;
      const known =
        this.mentions.find((m) => m.entity.name.toLowerCase().split(/\s+/).pop() === last && m.entity.kind !== 'PLACE') ??
        // "Saadiah" for "Saadiah Ismail": a first name alone, when only one person named before has it.
        (ws.length === 1 ? this.onlyPersonWithFirstName(last, region.start) : undefined);
      if (known) return { speaker: known.entity, coSpeakers: [], phrase: phraseRange, cue: null, confidence: 0 };
      return unnamedSource(phraseRange);
    }
    // "the Journal" for "The Wall Street Journal": the organisation named before whose name ends with the word.
    const shortName = /^the\s+(\p{Lu}\p{Ll}+)$/u.exec(text);
    if (shortName) {
      const word = shortName[1].toLowerCase();
      const named = this.nearestBefore(
        region.start,
        (e) => e.kind !== ActorKind.PERSON && e.name.includes(' ') && e.name.toLowerCase().endsWith(` ${word}`),
      );
      if (named) return { speaker: named, coSpeakers: [], phrase: phraseRange, cue: null, confidence: 0 };
    }
    // "the minister", "the Saudi oil minister", "the Kuwaiti": the person last named before.
    if (ROLE_NP.test(text) || PERSON_NP.test(text)) {
      const previous = this.spoken.length ? this.spoken[this.spoken.length - 1] : null;
      // "…,” said a Delhi Police officer. … “…,” added the officer: the unnamed source of the last quote goes on.
      if (previous?.att.unnamed && previous.att.phrase && previous.para >= this.paraOf(region.start) - 2) {
        const head = (s: string) => s.toLowerCase().split(/\s+/).pop();
        if (head(this.body.slice(previous.att.phrase.start, previous.att.phrase.end)) === head(text))
          return { ...previous.att, cue: null, confidence: 0 };
      }
      const recent =
        previous && previous.att.speaker?.kind === ActorKind.PERSON && previous.para >= this.paraOf(region.start) - 2
          ? previous.att.speaker
          : null;
      // A nationality names the one introduced with it ("Omar Haddad, a Kuwaiti"); a role goes on with the last speaker.
      const nationality = PERSON_NP.test(text);
      const found = this.holderOfRole(text, region.start);
      const holder = nationality && found?.kind !== ActorKind.PERSON ? null : found;
      const person =
        (nationality ? holder : null) ??
        this.affiliatedPerson(text, region.start) ??
        recent ??
        holder ??
        this.nearestBefore(region.start, (e) => e.kind === ActorKind.PERSON) ??
        this.nextNamedPerson(region.end);
      if (person) return { speaker: person, coSpeakers: [], phrase: phraseRange, cue: null, confidence: 0 };
    }
    // "the report", "the readout": whoever issued the document named earlier ("the U.S. Embassy report", "the readout … issued by the Kremlin").
    const doc = DOCUMENT_NP.exec(text);
    if (doc) {
      const source = this.documentSource(doc[1].toLowerCase(), region.start);
      if (source) return { speaker: source, coSpeakers: [], phrase: phraseRange, cue: null, confidence: 0 };
      // "…,” the statement continued.": the document the paragraph's speaker was quoted from.
      const before = this.spoken.length ? this.spoken[this.spoken.length - 1] : null;
      if (before && before.para === this.paraOf(region.start) && (before.att.speaker || before.att.unnamed))
        return { ...before.att, cue: null, confidence: 0 };
      return unnamedSource(phraseRange);
    }
    if (PLURAL_PEOPLE.test(text)) {
      const r = this.resolvePronoun('they', region.start);
      if (r.speaker) return { ...r, phrase: phraseRange, cue: null, confidence: 0 };
    }
    const org = ORG_HEADS.exec(text);
    if (org) {
      // "the company": the organisation named last; "the court", "the ministry": one whose name says so, else as written.
      const head = org[1].toLowerCase();
      const generic =
        /^(?:company|firm|group|band|team|club|corporation|organi[sz]ation|paper|newspaper|union|party|agency|ngo|charity|foundation|watchdog|regulator|coalition|network)$/.test(
          head,
        );
      const target = this.nearestBefore(
        region.start,
        (e) =>
          e.kind !== ActorKind.PERSON &&
          e.kind !== 'PLACE' &&
          e.kind !== ActorKind.COUNTRY &&
          (e.name.toLowerCase().includes(head) || (generic && e.kind !== 'UNKNOWN')),
      );
      if (target) return { speaker: target, coSpeakers: [], phrase: phraseRange, cue: null, confidence: 0 };
    }
    // "rescuers told a boy", "witnesses said", "Google's lawyers said": a bare plural of people, or people of an owner the tagger did not read as a name, as written.
    const owner = /^\p{Lu}[\p{L}.&-]*['’]s?\s+/u.exec(text);
    const head = owner ? text.slice(owner[0].length) : text;
    if (
      (/^(?:\p{Ll}+\s+){0,2}(?:\p{Ll}+[^s\W]s|police|people|staff)$/u.test(head) ||
        (owner && /^(?:\p{Ll}+\s+){0,2}\p{Ll}+$/u.test(head) && ROLE_HEAD.test(head))) &&
      !PRONOUNS[text.toLowerCase()]
    ) {
      return unnamedSource(phraseRange);
    }
    if (UNNAMED_START.test(text)) {
      return unnamedSource(phraseRange);
    }
    return null;
  }

  /**
   * A speaker carried over a few paragraphs of his or her quotes and paraphrases ("He added that …" ¶ "“…,” he
   * said"): the last quote's speaker, when the pronoun fits and no other person has become the subject since.
   */
  private speakerGoesOn(previous: { pos: number; para: number; att: Attribution }, pronoun: Word): boolean {
    const type = PRONOUNS[pronoun.lower];
    const speaker = previous.att.speaker;
    if (previous.para < this.paraOf(pronoun.start) - 2) return false;
    if (type === 'plural') return previous.att.unnamed === true || previous.att.coSpeakers.length > 0;
    if (type !== 'm' && type !== 'f') return false;
    // An untagged name as the speaker ("…," Lichtenberger explained) goes on like a person's.
    const namedPhrase =
      !speaker &&
      previous.att.unnamed &&
      !!previous.att.phrase &&
      /^\p{Lu}\S*(?:\s+\p{Lu}\S*){0,2}$/u.test(this.body.slice(previous.att.phrase.start, previous.att.phrase.end));
    if (namedPhrase)
      return !this.narrated.some((m) => m.start > previous.pos && m.end <= pronoun.start && m.entity.kind === ActorKind.PERSON);
    // "…,” one man said. ¶ “…,” he said: an unnamed source goes on when the pronoun fits and no one named took over.
    if (!speaker && previous.att.unnamed && previous.att.phrase) {
      const phrase = this.body.slice(previous.att.phrase.start, previous.att.phrase.end).toLowerCase();
      if (/s$/.test(phrase) || (type === 'm' ? FEMALE_NOUN : MALE_NOUN).test(phrase)) return false;
      return !this.narrated.some(
        (m) =>
          m.start > previous.pos &&
          m.end <= pronoun.start &&
          m.entity.kind === ActorKind.PERSON &&
          (this.isSpeechSubject(m) || this.startsSentence(m)),
      );
    }
    if (!speaker || speaker.kind !== ActorKind.PERSON) return false;
    // The gender of a first name is a guess ("Meredith"): it yields when no one of the pronoun's gender is near.
    if (
      speaker.gender &&
      speaker.gender !== type &&
      this.narrated.some(
        (m) =>
          m.entity.kind === ActorKind.PERSON &&
          m.entity.gender === type &&
          m.end <= pronoun.start &&
          this.paraOf(m.start) >= this.paraOf(pronoun.start) - 2,
      )
    )
      return false;
    return !this.narrated.some(
      (m) =>
        m.start > previous.pos &&
        m.end <= pronoun.start &&
        m.entity !== speaker &&
        m.entity.kind === ActorKind.PERSON &&
        (!m.entity.gender || m.entity.gender === type) &&
        (this.isSpeechSubject(m) || this.startsSentence(m)),
    );
  }

  private onlyPersonWithFirstName(first: string, pos: number): MentionRef | undefined {
    const found = this.narrated.filter(
      (m) =>
        m.end <= pos &&
        m.entity.kind === ActorKind.PERSON &&
        m.entity.name.includes(' ') &&
        m.entity.name.toLowerCase().split(/\s+/)[0] === first,
    );
    return new Set(found.map((m) => m.entity)).size === 1 ? found[0] : undefined;
  }

  /** "“…,” Buck said. However, Berry, who left …, said he … “…,” he recalled": another person became the subject since that quote. */
  private newSubjectSince(previous: { pos: number; att: Attribution }, pronoun: Word): boolean {
    const type = PRONOUNS[pronoun.lower];
    if (type !== 'm' && type !== 'f') return false;
    return this.narrated.some(
      (m) =>
        m.start > previous.pos &&
        m.end <= pronoun.start &&
        m.entity !== previous.att.speaker &&
        (m.entity.kind === ActorKind.PERSON || (m.entity.kind === 'UNKNOWN' && looksLikePersonName(m.entity.name))) &&
        (!m.entity.gender || m.entity.gender === type) &&
        this.isSpeechSubject(m),
    );
  }

  /** The mention opens its sentence, after at most a few words of title ("Mr Tsikata questioned …"): its subject. */
  private startsSentence(m: MentionRef): boolean {
    // A dateline is no part of the sentence: "ISLAMABAD, (UrduPoint) :Minister for Defense Khawaja Muhammad Asif …".
    const lead = this.body
      .slice(sentenceStart(this.body, m.start, this.paras[this.paraOf(m.start)].start), m.start)
      .replace(/^\p{Lu}[\p{Lu}\s.'’-]+,?\s*(?:\([^)]*\)\s*)?[:–—-]\s*/u, '');
    if (/[,;:“”"]/.test(lead) || /^['’]s?\s/.test(this.body.slice(m.end, m.end + 3))) return false;
    const ws = words(lead, 0, lead.length);
    // "Mr Tsikata", "Massage therapist Olive Jackson": title or role words, not a verb ("Albanese rejected (Dutton)").
    if (ws.length <= 6)
      return ws.every(
        (w) =>
          /^\p{Lu}/u.test(w.text) ||
          !(
            /ed$/.test(w.lower) ||
            SPEECH_VERBS.has(w.lower) ||
            /^(?:is|was|were|are|has|had|have|will|would|could|should|can|may|might|did|does|do|met|saw|and|or|but|with|to|by|in|on|at|from)$/.test(
              w.lower,
            ) ||
            // "Minister for Defense", "Secretary of State": "for" and "of" inside a title only.
            (/^(?:for|of)$/.test(w.lower) && !/^\s+\p{Lu}/u.test(lead.slice(w.end)))
          ),
      );
    // "KZN acting provincial commissioner Major General Bheki Langa condemned …": a longer title right before the name.
    return (
      ws.length <= 8 &&
      TITLE_BEFORE.test(lead) &&
      !ws.some((w) => SPEECH_VERBS.has(w.lower) || /^(?:that|and|but|or|with|by|to|as)$/.test(w.lower))
    );
  }

  /** The issuer of an earlier "<X> report" / "report … by X" in the text before `pos`. */
  private documentSource(noun: string, pos: number): Entity | null {
    const body = this.body;
    const re = new RegExp(`\\b${noun}s?\\b`, 'gi');
    let found: Entity | null = null;
    for (let m = re.exec(body); m && m.index < pos; m = re.exec(body)) {
      const before = this.mentions.filter((x) => x.end <= m!.index && x.end >= m!.index - 3 && x.entity.kind !== ActorKind.PERSON).pop();
      if (before) found = before.entity;
      const windowEnd = Math.min(pos, sentenceEnd(body, m.index, body.length));
      const after = this.mentions.find(
        (x) =>
          x.start > m!.index &&
          x.end <= windowEnd &&
          /\b(?:by|from|of)\s+(?:the\s+)?$/i.test(body.slice(Math.max(m!.index, x.start - 12), x.start)),
      );
      if (after) found = after.entity;
      // "the NGO said in a statement", "the governor issued a statement": the subject of the verb it was issued with.
      const withVerb =
        /\b(?:(?:said|says|added|wrote|announced|stated|warned)\s+in|issued|released|published|posted|sent|put\s+out)\s+(?:a|an|its|their|the)\s+(?:[\p{L}-]+\s+)?$/iu.exec(
          body.slice(Math.max(0, m.index - 60), m.index),
        );
      if (withVerb) {
        const verbAt = m.index - withVerb[0].length;
        const from = sentenceStart(body, verbAt, this.paras[this.paraOf(verbAt)].start);
        const subject = this.narrated.filter((x) => x.start >= from && x.end <= verbAt && x.entity.kind !== 'PLACE').pop();
        if (subject) found = subject.entity;
      }
    }
    return found;
  }

  /**
   * The person an earlier title or appositive gave this role: "the Regional Minister" → the one introduced as
   * "The Ashanti Regional Minister, X" rather than another "… Minister, Y". Most role words near the name wins.
   */
  /**
   * "the UNHCR official", "the AAP chief": the person last named near every proper word of the role ("Qaisar Khan
   * Afridi, a spokesman for … (UNHCR)", "AAP convener Arvind Kejriwal"), whatever role noun was used there.
   */
  private affiliatedPerson(role: string, pos: number): Entity | null {
    const proper = words(role, 0, role.length)
      .filter((w) => /^\p{Lu}/u.test(w.text) && w.lower !== 'the')
      .map((w) => new RegExp(`(?<![\\p{L}])${w.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u'));
    if (!proper.length) return null;
    // The title right before the name (capitalised words, role nouns and their modifiers: "BJP national general
    // secretary") and a description set off by a comma after it.
    const near = (m: MentionRef) => {
      const before = this.body.slice(Math.max(0, m.start - 80), m.start);
      const titleWords = TITLE_WORDS_BEFORE.exec(before)![0];
      const roleWord = ROLE_WORD_BEFORE.exec(before.slice(0, before.length - titleWords.length + 1));
      const title = roleWord ? before.slice(before.length - titleWords.length - roleWord[0].length) : titleWords;
      const after = /^,[^,.;:\n]*/.exec(this.body.slice(m.end, m.end + 120))?.[0] ?? '';
      return `${title} ${after}`;
    };
    for (let k = this.narrated.length - 1; k >= 0; k--) {
      const m = this.narrated[k];
      if (m.end > pos || m.entity.kind !== ActorKind.PERSON) continue;
      const text = near(m);
      if (proper.every((re) => re.test(text))) return m.entity;
    }
    return null;
  }

  private holderOfRole(role: string, pos: number): Entity | null {
    const roleWords = words(role, 0, role.length)
      .map((w) => w.lower)
      .filter((w) => w !== 'the');
    let best: { entity: Entity; score: number } | null = null;
    for (const m of this.narrated) {
      if (m.end > pos || (m.entity.kind !== ActorKind.PERSON && m.entity.kind !== 'UNKNOWN')) continue;
      if (m.entity.kind === 'UNKNOWN' && !looksLikePersonName(m.entity.name)) continue;
      const near = this.body.slice(Math.max(0, m.start - 50), m.end + 50).toLowerCase();
      const score = roleWords.filter((w) => new RegExp(`\\b${w}\\b`).test(near)).length;
      // A person the tagger knows outranks an unclassified name ("Bengaluru FC").
      const rank = score * 2 + (m.entity.kind === ActorKind.PERSON ? 1 : 0);
      if (score === roleWords.length && (!best || rank >= best.score)) best = { entity: m.entity, score: rank };
    }
    return best?.entity ?? null;
  }

  /** "the president said" before any name: the person named next, within the next two paragraphs. */
  private nextNamedPerson(pos: number): Entity | null {
    const m = this.narrated.find((x) => x.start >= pos && x.entity.kind === ActorKind.PERSON);
    return m && this.paraOf(m.start) <= this.paraOf(pos) + 2 ? m.entity : null;
  }

  private nearestBefore(pos: number, ok: (e: Entity) => boolean): Entity | null {
    for (let i = this.narrated.length - 1; i >= 0; i--) {
      const m = this.narrated[i];
      if (m.end <= pos && ok(m.entity)) return m.entity;
    }
    return null;
  }

  /** he/she → nearest person (not one just named as the object of "with"/"to"/"by" when another is near); it → organisation; they → the last two people. */
  /**
   * "the Gauteng government said …" before an "it": the phrase naming a place's government, police or ministry, when
   * it is nearer than any organisation named, and the subject of a speech verb.
   */
  private placeBodyBefore(pos: number): Range | null {
    const org = [...this.narrated].reverse().find((m) => m.end <= pos && m.entity.kind !== ActorKind.PERSON && m.entity.kind !== 'PLACE');
    for (let i = this.narrated.length - 1; i >= 0; i--) {
      const m = this.narrated[i];
      if (m.end > pos) continue;
      if (org && m.start < org.start) return null;
      if (this.paraOf(m.start) < this.paraOf(pos) - 2) return null;
      const body = /^(?:['’]s)?\s+(?:\p{Ll}+\s+)?(?:government|police|ministry|council|authorities|administration)\b/u.exec(
        this.body.slice(m.end, m.end + 40),
      );
      if (!body) continue;
      const end = m.end + body[0].length;
      if (
        !words(this.body, end, Math.min(pos, end + 60))
          .slice(0, 3)
          .some(isCue)
      )
        continue;
      const start = /\b[Tt]he\s+$/.test(this.body.slice(m.start - 4, m.start)) ? m.start - 4 : m.start;
      return { start, end };
    }
    return null;
  }

  private resolvePronoun(word: string, pos: number): { speaker: Entity | null; coSpeakers: Entity[] } {
    const type = PRONOUNS[word];
    if (type === 'm' || type === 'f' || type === 'self') {
      const collect = (genderKnown: boolean) => {
        const found: MentionRef[] = [];
        for (let i = this.narrated.length - 1; i >= 0 && found.length < 6; i--) {
          const m = this.narrated[i];
          if (m.end > pos || (m.entity.kind !== ActorKind.PERSON && m.entity.kind !== 'UNKNOWN')) continue;
          if (m.entity.kind === 'UNKNOWN' && !looksLikePersonName(m.entity.name) && !this.spoken.some((x) => x.att.speaker === m.entity))
            continue;
          if (genderKnown && m.entity.gender && type !== 'self' && m.entity.gender !== type) continue;
          found.push(m);
        }
        return found;
      };
      // A first name's usual gender is a guess ("Meredith"): with no one else in the last paragraphs, it yields.
      const fitting = collect(true).filter((m) => this.paraOf(m.start) >= this.paraOf(pos) - 2);
      const anyRecent = fitting.length ? [] : collect(false).filter((m) => this.paraOf(m.start) >= this.paraOf(pos) - 2);
      const candidates = anyRecent.length ? anyRecent : collect(true);
      if (!candidates.length) return { speaker: null, coSpeakers: [] };
      const lastSpoken = this.spoken.length ? this.spoken[this.spoken.length - 1] : null;
      const lastSpeaker = lastSpoken?.att.speaker ?? null;
      // Another person who became the subject since the last quote ("Sen. Tim Kaine … drew a comparison") takes over.
      const newSubject = candidates.find(
        (m) =>
          m.entity.kind === ActorKind.PERSON &&
          m.entity !== lastSpeaker &&
          (!lastSpoken || m.start > lastSpoken.pos) &&
          this.paraOf(m.start) >= this.paraOf(pos) - 1 &&
          (this.isSpeechSubject(m) || this.startsSentence(m)),
      );
      const speaking = candidates.find(
        (m) => m.entity.kind === ActorKind.PERSON && this.paraOf(m.start) >= this.paraOf(pos) - 2 && this.isSpeechSubject(m),
      );
      const subject =
        speaking ??
        candidates.find(
          (m) => m.entity.kind === ActorKind.PERSON && this.paraOf(m.start) >= this.paraOf(pos) - 3 && this.startsSentence(m),
        ) ??
        candidates.find(
          (m) =>
            !/\b(?:with|to|by|from|of|against|for|at|and)\s+(?:[\p{L}'’]+\s+){0,4}$/iu.test(
              this.body.slice(Math.max(0, m.start - 40), m.start),
            ),
        );
      const pick =
        newSubject ??
        candidates.find(
          (m) => lastSpeaker?.kind === ActorKind.PERSON && m.entity === lastSpeaker && this.paraOf(m.start) >= this.paraOf(pos) - 1,
        ) ??
        subject ??
        candidates[0];
      return { speaker: pick.entity, coSpeakers: [] };
    }
    if (type === 'it') {
      return { speaker: this.nearestBefore(pos, (e) => e.kind !== ActorKind.PERSON && e.kind !== 'PLACE'), coSpeakers: [] };
    }
    // they / we: the last two different people, or the last organisation.
    const people: Entity[] = [];
    for (let i = this.narrated.length - 1; i >= 0 && people.length < 2; i--) {
      const m = this.narrated[i];
      if (m.end <= pos && m.entity.kind === ActorKind.PERSON && !people.includes(m.entity)) people.push(m.entity);
    }
    if (people.length === 2) {
      // The one the article named first leads ("Putin and Aliyev").
      const first = (e: Entity) => this.narrated.find((m) => m.entity === e)!.start;
      const [lead, co] = [...people].sort((a, b) => first(a) - first(b));
      return { speaker: lead, coSpeakers: [co] };
    }
    return { speaker: this.nearestBefore(pos, (e) => e.kind !== ActorKind.PERSON && e.kind !== 'PLACE'), coSpeakers: [] };
  }

  /** "X said", "X of Y said", "X, an analyst, told": the mention is the subject of a speech verb. */
  private isSpeechSubject(m: MentionRef): boolean {
    const after = this.body.slice(m.end, m.end + 90);
    // "Dutton’s accusations that he had …": an owner is no subject.
    if (/^['’]s?\s/.test(after)) return false;
    const clause = /^[^.!?"“”;]*/.exec(after)![0];
    if (words(clause, 0, clause.length).slice(0, 10).some(isCue)) return true;
    // "Craig Potter, the chair of the local branch of the University and Colleges Union (UCU) said": a description
    // set off after the name, then the verb.
    const described = /^,\s+(?:the|a|an|who|whose)\s[^.!?"“”;]*/.exec(this.body.slice(m.end, m.end + 200))?.[0] ?? '';
    const describedWords = words(described, 0, described.length);
    if (describedWords.length <= 25 && describedWords.some((w, i) => i > 1 && isCue(w, i, describedWords))) return true;
    // "…, says Communications and Multimedia Minister Annuar Musa", "said school board President John Abdo": a speech
    // verb right before the name and its title.
    const before = this.body.slice(Math.max(0, m.start - 60), m.start);
    return (
      /(?:^|[\s,])(?:said|says|told|added|adds|explained|stressed)\s+(?:(?:\p{Lu}[\p{L}.-]*|and|of|the)\s+){0,6}$/u.test(before) ||
      (/(?:^|[\s,])(?:said|says|told|added|adds|explained|stressed)\s+(?:(?!(?:by|of|to|for|with|from|in|on|at|that)\s)(?:\p{Lu}[\p{L}.-]*|\p{Ll}+(?<!ed))\s+){1,5}$/u.test(
        before,
      ) &&
        TITLE_BEFORE.test(before))
    );
  }

  /** Reported speech: "X said (that) …", "…, X said.", "…, according to X." — PARAPHRASE, lower confidence. */
  private paraphrases(taken: Range[]): FoundQuote[] {
    const body = this.body;
    const out: FoundQuote[] = [];
    for (const para of this.paras) {
      let s = para.start;
      while (s < para.end) {
        const e = sentenceEnd(body, s, para.end);
        const sentence = trimRange(body, s, e);
        s = e;
        while (s < para.end && /\s/.test(body[s])) s++;
        if (taken.some((t) => t.start < sentence.end && t.end > sentence.start)) continue;
        const found = this.reported(sentence);
        if (found) out.push(found);
      }
    }
    return out;
  }

  private reported(sentence: Range): FoundQuote | null {
    const body = this.body;
    const ws = words(body, sentence.start, sentence.end);
    if (ws.length < 6) return null;
    let contentEnd = sentence.end;
    while (contentEnd > sentence.start && /[.!?\s]/.test(body[contentEnd - 1])) contentEnd--;
    // "…, according to X."
    const acc = ws.findIndex((w, i) => w.lower === 'according' && ws[i + 1]?.lower === 'to');
    let trailing: Attribution | null = null;
    let trailingCue: Range | null = null;
    if (acc > 0 && /,\s*$/.test(body.slice(sentence.start, ws[acc].start))) {
      trailing = this.resolveRegion(ws[acc + 1].end, contentEnd, 'first');
      trailingCue = { start: ws[acc].start, end: ws[acc + 1].end };
      contentEnd = body.lastIndexOf(',', ws[acc].start);
    }
    // "X said (that) …"
    const cueAt = ws.findIndex((w, i) => w.start < contentEnd && isCue(w, i, ws) && w.lower !== 'according');
    if (cueAt > 0) {
      const cue = ws[cueAt];
      const np = body.slice(this.clauseStart(sentence.start, cue.start), cue.start).replace(AUXILIARIES, '');
      const npStart =
        cue.start - body.slice(sentence.start, cue.start).length + body.slice(sentence.start, cue.start).lastIndexOf(np.trim() || '\u0000');
      let a = np.trim() ? this.resolveRegion(npStart, npStart + np.trim().length, 'last') : null;
      if (!a && !np.trim()) {
        const subject = this.mentions.filter((m) => m.start >= sentence.start && m.end <= cue.start && m.entity.kind !== 'PLACE').pop();
        if (subject) a = byMention(subject);
      }
      if (a && (a.speaker || a.phrase)) {
        let contentStart = cue.end;
        const that = ws.slice(cueAt + 1, cueAt + 16).find((w) => w.lower === 'that' && w.start < contentEnd);
        if (that && !/[“”"]/.test(body.slice(cue.end, that.start))) contentStart = that.end;
        else if (ws[cueAt + 1] && /^(?:reporters|journalists|parliament|lawmakers)$/.test(ws[cueAt + 1].lower))
          contentStart = ws[cueAt + 1].end;
        const content = trimRange(body, contentStart, contentEnd);
        if (wordCount(body.slice(content.start, content.end)) >= 4 && content.start > cue.start) {
          return this.paraphrase(content, a, cue, a.speaker ? 0.55 : 0.45);
        }
      }
    }
    // "…, X said."
    const last = ws.filter((w) => w.start < contentEnd);
    const tail = last.slice(-8);
    const tailCue = tail.findIndex(isCue);
    if (tailCue > 0) {
      const comma = body.lastIndexOf(',', tail[0].start + (tail[tailCue].start - tail[0].start));
      if (comma > sentence.start && comma < tail[tailCue].start && comma > tail[0].start - 40) {
        const a = this.resolveRegion(comma + 1, tail[tailCue].start, 'last');
        const content = trimRange(body, sentence.start, comma);
        if (a && wordCount(body.slice(content.start, content.end)) >= 4)
          return this.paraphrase(content, a, tail[tailCue], a.speaker ? 0.5 : 0.45);
      }
    }
    if (trailing && trailingCue) {
      const content = trimRange(body, sentence.start, contentEnd);
      if (wordCount(body.slice(content.start, content.end)) >= 4) return this.paraphrase(content, trailing, trailingCue, 0.4);
    }
    return null;
  }

  private paraphrase(content: Range, a: Attribution, cue: Range, confidence: number): FoundQuote {
    return {
      ...content,
      kind: QuoteKind.PARAPHRASE,
      speaker: a.speaker,
      unnamedSpeaker: !!a.unnamed,
      coSpeakers: a.coSpeakers,
      speakerPhrase: a.phrase,
      cue,
      confidence,
    };
  }
}
