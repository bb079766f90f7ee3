import { ActorKind } from '@newsroom/shared';
import { findNames, isLexiconCommonWord, SPEECH_VERBS, surnameForms, type CandidateKind, type NameCandidate } from './actor-finder';
import type { ExtractedActor, ExtractedQuote, ExtractionResult, MatchVia, Span } from './import.types';
import { normaliseName, type ActorMatch, type ActorMatcher, type IssueMatcher } from './matchers';
import { QuoteFinder, type Entity, type MentionRef } from './quote-finder';
import { TextIndex } from './text-index';

export interface ExtractInput {
  title: string;
  publishedOn: string;
  /** The stored body (see storedBody()): offsets are code points into exactly this text. */
  body: string;
}

export interface ExtractOptions {
  actorMatcher?: ActorMatcher;
  issueMatcher?: IssueMatcher;
  issueLimit?: number;
}

interface Group extends Entity {
  forms: NameCandidate[];
  match: ActorMatch | null;
  spellingToRecord: string | null;
}

function realKind(kind: CandidateKind): ActorKind | null {
  return kind === 'PLACE' || kind === 'UNKNOWN' ? null : kind;
}

/** A title and its abbreviation ("Sgt" and "Sergeant", "Gov." and "Governor"): same first letter, the short one's letters in order in the long one. */
function sameTitle(a: string, b: string): boolean {
  const [short, long] = [a, b].map((t) => t.toLowerCase().replace(/[^\p{L}]/gu, '')).sort((x, y) => x.length - y.length);
  if (!short || short[0] !== long[0]) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/**
 * The person a one-word mention stands for: the full name it ends ("Bayramov" → "Jeyhun Bayramov"), else the
 * only full name it starts ("Merrit" → "Merrit Kennedy"). Not across genders: "Mr. Trump" is not "Melania Trump".
 */
function fullNameOf(word: string, c: NameCandidate, groups: Group[]): Group | undefined {
  // Only a title's gender counts here: a surname alone may read as a first name of either gender ("Scott" for "Lauren Scott").
  const gender = c.title ? c.gender : null;
  const people = groups.filter(
    (g) => (g.kind === ActorKind.PERSON || g.kind === 'UNKNOWN') && (!gender || !g.gender || g.gender === gender),
  );
  const withPart = (pick: (parts: string[]) => string) =>
    people.filter((g) => g.forms.some((f) => f.text.includes(' ') && pick(normaliseName(f.text).split(' ')) === word));
  const bySurname = people.filter((g) => g.forms.some((f) => f.text.includes(' ') && surnameForms(normaliseName(f.text)).includes(word)));
  // "Sgt Ryan" for "Sergeant Patricia Ryan", not "Pat Ryan": among people of one surname, the one with the same title.
  if (bySurname.length > 1 && c.title) {
    const titled = bySurname.find((g) => g.forms.some((f) => f.title && sameTitle(c.title!, f.title)));
    if (titled) return titled;
  }
  // Otherwise the one whose full name was written last before ("Glasto boss Michael Eavis says …" ¶ "…," said Eavis).
  if (bySurname.length > 1) {
    const lastFull = (g: Group) => Math.max(-1, ...g.forms.filter((f) => f.text.includes(' ') && f.start < c.start).map((f) => f.start));
    return [...bySurname].sort((a, b) => lastFull(b) - lastFull(a))[0];
  }
  if (bySurname.length) return bySurname[0];
  // "Faki" for "Moussa Faki Mahamat": a middle name used alone, when only one full name holds it.
  const byInnerName = withPart((parts) => (parts.slice(1, -1).includes(word) ? word : ''));
  if (byInnerName.length === 1) return byInnerName[0];
  const byFirstName = withPart((parts) => parts[0]);
  if (byFirstName.length === 1) return byFirstName[0];
  // "the Journal" for "The Wall Street Journal": an organisation's last word, when only one name ends with it.
  if (c.kind === ActorKind.PERSON) return undefined;
  const orgs = groups.filter(
    (g) =>
      (g.kind === ActorKind.ORGANIZATION || g.kind === 'PLACE') &&
      g.forms.some((f) => f.text.includes(' ') && normaliseName(f.text).split(' ').pop() === word),
  );
  return orgs.length === 1 ? orgs[0] : undefined;
}

const SPEECH_VERB_ALTERNATION = [...SPEECH_VERBS].join('|');
const SUBJECT_VERBS = `${SPEECH_VERB_ALTERNATION}|is|was|has|had`;

/**
 * An UNKNOWN name of two or three capitalised words that reads as a person's: its last word written alone, not after
 * "the", before a verb ("Blinken is", "Kuleba said", "Kejriwal claimed"), or the full name next to a speech verb.
 */
function isUnclassifiedFullName(g: Group, body: string): boolean {
  if (g.kind !== 'UNKNOWN' || g.match) return false;
  const parts = g.name.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => /^\p{Lu}\p{Ll}/u.test(p))) return false;
  const last = parts[parts.length - 1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`(?<!\\b[Tt]he |\\p{L} |[\\p{L}-])${last},? (?:\\p{Ll}+ )?(?:${SUBJECT_VERBS})\\b`, 'u').test(body)) return true;
  // "said Hakan Demirtas", "Hakan Demirtas told Reuters": the full name speaks, and neither starts nor ends with a common word
  // ("Human Rights Watch", "British Airways").
  if (isLexiconCommonWord(parts[parts.length - 1]) || isLexiconCommonWord(parts[0])) return false;
  const name = g.name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `(?<![\\p{L}-])${name} (?:${SPEECH_VERB_ALTERNATION})\\b|\\b(?:${SPEECH_VERB_ALTERNATION}) ${name}(?=[,.;]|$)`,
    'u',
  ).test(body);
}

/**
 * Finds the quotes (direct and reported), their speakers, the actors mentioned and the issues an article
 * concerns. Pure: reads through the matchers, writes nothing. Offsets count code points into `body`.
 */
export async function extractArticle(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractionResult> {
  const body = input.body;
  const index = new TextIndex(body);
  const candidates = findNames(body);

  // Match each distinct spelling once.
  const matches = new Map<string, ActorMatch | null>();
  for (const c of candidates) {
    const key = `${realKind(c.kind) ?? ''}|${normaliseName(c.text)}`;
    if (!matches.has(key) && options.actorMatcher) matches.set(key, await options.actorMatcher.match(c.text, realKind(c.kind)));
  }
  const matchOf = (c: NameCandidate) => matches.get(`${realKind(c.kind) ?? ''}|${normaliseName(c.text)}`) ?? null;

  // Group mentions: by matched actor, else by spelling; a lone surname joins the full name it ends.
  const groups = new Map<string, Group>();
  const groupOf = new Map<NameCandidate, Group>();
  let nextKey = 0;
  const add = (key: string, c: NameCandidate, match: ActorMatch | null) => {
    let g = groups.get(key);
    if (!g) {
      g = { key: nextKey++, name: c.text, kind: match?.kind ?? c.kind, gender: c.gender, forms: [], match, spellingToRecord: null };
      groups.set(key, g);
    }
    g.forms.push(c);
    // Report the most telling way the group matched: a misspelling to record beats an alias, a name beats an alias.
    const rank = { trigram: 3, misspelling: 2, name: 1, alias: 0 } as const;
    if (match && g.match && rank[match.via] > rank[g.match.via]) g.match = match;
    if (!g.gender && c.gender) g.gender = c.gender;
    if (g.kind === 'UNKNOWN' && c.kind !== 'UNKNOWN') g.kind = c.kind;
    if (c.title && g.kind === 'UNKNOWN') g.kind = ActorKind.PERSON;
    if (match?.spellingToRecord && match.via === 'trigram' && !g.spellingToRecord && /\s/.test(c.text.trim())) g.spellingToRecord = c.text;
    if (c.text.length > g.name.length && !match) g.name = c.text;
    groupOf.set(c, g);
  };
  const ordered = [...candidates].sort((a, b) => (b.text.includes(' ') ? 1 : 0) - (a.text.includes(' ') ? 1 : 0) || a.start - b.start);
  for (const c of ordered) {
    const match = matchOf(c);
    if (match) {
      add(`id:${match.actorId}`, c, match);
      continue;
    }
    const norm = normaliseName(c.text);
    if (!norm.includes(' ')) {
      const full = fullNameOf(norm, c, [...groups.values()]);
      if (full) {
        add([...groups.entries()].find(([, g]) => g === full)![0], c, full.match);
        continue;
      }
    }
    add(`name:${norm}`, c, null);
  }
  for (const g of groups.values()) if (g.match) g.name = g.match.name;

  // Mentions the tagger missed: every uncovered occurrence of `text` (a whole word) joins group `g`.
  const covered = (start: number, end: number) => candidates.some((c) => c.start < end && c.end > start);
  const addOccurrences = (g: Group, text: string, kind: CandidateKind) => {
    const re = new RegExp(`(?<![\\p{L}\\p{N}-])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}-])`, 'gu');
    let added = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      if (covered(m.index, m.index + text.length)) continue;
      const c: NameCandidate = { start: m.index, end: m.index + text.length, text, kind, title: null, gender: g.gender };
      candidates.push(c);
      g.forms.push(c);
      groupOf.set(c, g);
      added++;
    }
    return added;
  };
  // Later mentions by surname ("Bayramov said"): the last word of a person's full name. A two- or three-word name
  // of no known kind whose last word stands alone as a subject ("Blinken said") is a person's.
  for (const g of new Set(groupOf.values())) {
    if (g.kind !== ActorKind.PERSON && !isUnclassifiedFullName(g, body)) continue;
    const full = [g.name, ...g.forms.map((f) => f.text)].find((t) => /\s/.test(t.trim()));
    for (const surname of full ? surnameForms(full) : []) {
      if (surname.length < 3 || !/^\p{Lu}/u.test(surname)) continue;
      if (addOccurrences(g, surname, ActorKind.PERSON)) g.kind = ActorKind.PERSON;
    }
    // "Nga Kor Ming" … "Nga stressed", "Ban Ki-moon" … "Ban said": a family name written first, used alone as a subject.
    const family = full?.trim().split(/\s+/)[0];
    if (
      family &&
      family.length >= 2 &&
      /^\p{Lu}\p{Ll}+$/u.test(family) &&
      !isLexiconCommonWord(family) &&
      new RegExp(`(?<![\\p{L}-])${family} (?:${SUBJECT_VERBS})\\b`, 'u').test(body)
    )
      addOccurrences(g, family, ActorKind.PERSON);
    if (g.kind === 'UNKNOWN') g.kind = ActorKind.PERSON;
  }
  // The tagger reads a name in one sentence and not in another ("Rudisha, though, is convinced"): the same
  // capitalised spelling elsewhere is the same name.
  for (const g of new Set(groupOf.values())) {
    if (g.kind === 'PLACE') continue;
    const spellings = new Set(
      g.forms
        .map((f) => f.text)
        // An organisation's acronym ("GM") is written the same way throughout, however short.
        .filter(
          (t) =>
            (t.length >= 4 || (g.kind === ActorKind.ORGANIZATION && /^[A-Z&]{2,}$/.test(t))) &&
            /^\p{Lu}/u.test(t) &&
            (/\s/.test(t) || !isLexiconCommonWord(t)),
        ),
    );
    for (const spelling of spellings) addOccurrences(g, spelling, g.kind);
  }
  candidates.sort((a, b) => a.start - b.start);

  const mentions: MentionRef[] = candidates
    .map((c) => ({ start: c.start, end: c.end, entity: groupOf.get(c)! }))
    .sort((a, b) => a.start - b.start);
  const found = new QuoteFinder(body, mentions).find();

  const speakers = new Set<Entity>();
  const quotes: ExtractedQuote[] = found.map((q) => {
    if (q.speaker) speakers.add(q.speaker);
    q.coSpeakers.forEach((s) => speakers.add(s));
    const span = index.span(q.start, q.end);
    const phrase = q.speakerPhrase ? index.span(q.speakerPhrase.start, q.speakerPhrase.end) : null;
    const speakerGroup = q.speaker as Group | null;
    return {
      text: span.text,
      start: span.start,
      end: span.end,
      kind: q.kind,
      speaker: speakerGroup ? speakerGroup.name : q.unnamedSpeaker ? (phrase?.text ?? null) : null,
      speakerMention: phrase,
      coSpeakers: q.coSpeakers.map((s) => s.name),
      cue: q.cue ? index.span(q.cue.start, q.cue.end) : null,
      speakerActorId: speakerGroup?.match?.actorId ?? null,
      confidence: Math.round(q.confidence * 100) / 100,
    };
  });

  const actors: ExtractedActor[] = [];
  for (const g of groups.values()) {
    const kind = g.match?.kind ?? realKind(g.kind) ?? (speakers.has(g) ? ActorKind.ORGANIZATION : null);
    // Places that are no known actor, and unclassified names nobody quotes, are left out.
    if (!kind) continue;
    const spans: Span[] = g.forms.map((f) => index.span(f.start, f.end)).sort((a, b) => a.start - b.start);
    actors.push({
      name: g.name,
      kind,
      mentions: spans,
      matchedActorId: g.match?.actorId ?? null,
      matchedVia: (g.match?.via as MatchVia | undefined) ?? null,
      spellingToRecord: g.spellingToRecord,
    });
  }
  actors.sort((a, b) => a.mentions[0].start - b.mentions[0].start);

  const issues = options.issueMatcher ? await options.issueMatcher.rank(`${input.title}\n${body}`, options.issueLimit ?? 10) : [];
  return { title: input.title, date: input.publishedOn, quotes, actors, issues };
}
