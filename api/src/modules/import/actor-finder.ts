import { ActorKind } from '@newsroom/shared';
import nlp from 'compromise';

/**
 * Named-entity candidates found by the `compromise` tagger (people, organisations, places), as spans of
 * the body in UTF-16 indexes. Titles and honorifics ("President", "Foreign Minister", "Mr") are split off
 * the name and kept; possessives ("Putin’s") are cut; hyphenated pairs ("Armenia-Azerbaijan") split.
 * No hand-written list of names: the package's lexicon and tagger decide what a name is.
 */

export type CandidateKind = ActorKind | 'PLACE' | 'UNKNOWN';

export interface NameCandidate {
  /** UTF-16 indexes into the body. */
  start: number;
  end: number;
  text: string;
  kind: CandidateKind;
  /** Title or honorific written before the name ("Foreign Minister"), if any. */
  title: string | null;
  /** compromise's guess of gender from the first name, when it has one. */
  gender: 'm' | 'f' | null;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

const NAME_TAGS = ['ProperNoun', 'Person', 'Organization', 'Place', 'Country', 'City'];
const TITLE_TAGS = ['Honorific', 'Actor'];
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const NOT_NAME_TAGS = ['Pronoun', 'Date', 'WeekDay', 'Month', 'Determiner', 'Value', 'Preposition', 'Conjunction', 'Verb'];

function has(t: Term, tags: string[]): boolean {
  return t.tags.some((tag) => tags.includes(tag));
}

function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

function isNameTerm(t: Term): boolean {
  if (!isCapitalised(t.text)) return false;
  if (has(t, NOT_NAME_TAGS) && !has(t, ['Organization', 'Person'])) return false;
  return has(t, NAME_TAGS) || has(t, TITLE_TAGS);
}

function isTitleTerm(t: Term): boolean {
  return has(t, ['Honorific']) || (has(t, ['Actor']) && !has(t, ['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Organization']));
}

/** Punctuation between two terms that ends a name ("Aliyev, on Wednesday", "Armenia-Azerbaijan"). */
function breaksBetween(a: Term, b: Term): boolean {
  // "Moussavar-Rahmani", "Abdul-Aziz" are one name; "Armenia-Azerbaijan" are two places.
  if (a.post === '-' && !b.pre && !(has(a, ['Place']) && has(b, ['Place']))) return false;
  return /[^\s]/.test(a.post) || /[^\s]/.test(b.pre) || /\n/.test(a.post);
}

/** Strips a possessive ending from a term text: Putin’s → Putin. */
function possessiveCut(text: string): number {
  const m = /['’"]s?$/.exec(text);
  return m && text.length > m[0].length + 1 ? m[0].length : 0;
}

export function findNameCandidates(body: string): NameCandidate[] {
  const doc = nlp(body);
  const sentences = doc.json({ offset: true, text: false, normal: false }) as { terms: Term[] }[];
  const out: NameCandidate[] = [];
  for (const sentence of sentences) {
    const terms = sentence.terms;
    let run: Term[] = [];
    const flush = () => {
      if (run.length) emit(run, terms, out);
      run = [];
    };
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i];
      const prev = run[run.length - 1];
      if (isNameTerm(t)) {
        if (prev && breaksBetween(prev, t)) flush();
        run.push(t);
        if (has(t, ['Possessive']) || possessiveCut(t.text)) flush();
        continue;
      }
      // "Ministry of Defence", "Bank of England": keep "of" between two name words, unless the name is a person's.
      const next = terms[i + 1];
      if (
        t.text.toLowerCase() === 'of' &&
        prev &&
        next &&
        isNameTerm(next) &&
        !breaksBetween(prev, t) &&
        !breaksBetween(t, next) &&
        !run.some((r) => has(r, PERSON_TAGS) && !isTitleTerm(r)) &&
        !run.every(isTitleTerm) &&
        (run.length === 1 || has(prev, ['Organization'])) &&
        !has(next, ['Country', 'City', 'Place'])
      ) {
        run.push(t);
        continue;
      }
      flush();
    }
    flush();
  }
  return out;
}

function emit(run: Term[], sentence: Term[], out: NameCandidate[]): void {
  let i = 0;
  const titleTerms: Term[] = [];
  while (i < run.length && isTitleTerm(run[i])) titleTerms.push(run[i++]);
  let terms = run.slice(i);
  while (terms.length && terms[terms.length - 1].text.toLowerCase() === 'of') terms = terms.slice(0, -1);
  // A leading "The" of "The European Union" is not part of the name.
  if (terms.length > 1 && /^the$/i.test(terms[0].text)) terms = terms.slice(1);
  if (!terms.length) return;
  const first = terms[0];
  const last = terms[terms.length - 1];
  const start = first.offset.start;
  let end = last.offset.start + last.offset.length;
  end -= possessiveCut(last.text);
  const all = (tags: string[]) => terms.every((t) => has(t, tags));
  const any = (tags: string[]) => terms.some((t) => has(t, tags));
  let kind: CandidateKind;
  if (terms.length === 1 && has(first, ['Demonym'])) return;
  if (all(['Place']) && any(['Country'])) kind = ActorKind.COUNTRY;
  else if (all(['Place'])) kind = 'PLACE';
  else if (any(['Organization'])) kind = ActorKind.ORGANIZATION;
  else if (any(PERSON_TAGS) || titleTerms.length) kind = ActorKind.PERSON;
  else kind = 'UNKNOWN';
  // A lone adjective-like word before a common noun ("Azerbaijani media", "Russian leader") is not a name.
  if (terms.length === 1 && kind !== ActorKind.PERSON && kind !== ActorKind.COUNTRY && kind !== 'PLACE') {
    const idx = sentence.indexOf(first);
    const next = sentence[idx + 1];
    if (next && !breaksBetween(first, next) && /^\p{Ll}/u.test(next.text) && /(?:i|an|ese|ish)$/.test(first.text)) return;
  }
  const gender = terms.some((t) => has(t, ['MaleName'])) ? 'm' : terms.some((t) => has(t, ['FemaleName'])) ? 'f' : null;
  out.push({
    start,
    end,
    text: '',
    kind,
    title: titleTerms.length ? titleTerms.map((t) => t.text).join(' ') : null,
    gender,
  });
}

/** Fills in candidate texts from the body (compromise's term texts drop inner punctuation). */
export function findNames(body: string): NameCandidate[] {
  return findNameCandidates(body)
    .map((c) => ({ ...c, text: body.slice(c.start, c.end) }))
    .filter((c) => c.end > c.start && /\p{L}/u.test(c.text));
}
