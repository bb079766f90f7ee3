import { ActorKind } from '@newsroom/shared';
import nlp from 'compromise';
import { getGender } from 'gender-detection-from-name';

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
/** Word classes of the lexicon that never start a name, though capitalised at a sentence start ("When", "Despite", "Those"). */
const FUNCTION_WORD_TAGS = ['Conjunction', 'Preposition', 'Determiner', 'QuestionWord', 'Pronoun', 'Adverb', 'Negative', 'Expression'];
const FIRST_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];
/** Lower-case particles inside a person's name ("Rob van Bree", "Ali bin Said", "Ana de Souza"): a closed class of the language. */
const GENERATION = /^(?:II|III|IV|Jr\.?|Sr\.?)$/i;

/** A person's surname: the last word of the name, before a generational suffix ("Vicente Sotto III" → "Sotto"). */
export function surnameOf(name: string): string | undefined {
  const parts = name.trim().split(/\s+/);
  while (parts.length > 1 && GENERATION.test(parts[parts.length - 1])) parts.pop();
  return parts.pop();
}
/** An Arabic article or patronymic joined to a surname by a hyphen ("Al-Ansari", "El-Sisi"): the surname is also written without it. */
const SURNAME_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben)-(?=\p{L}{3})/iu;

/** The ways a person's surname is written alone: "Al-Ansari" and "Ansari". */
export function surnameForms(name: string): string[] {
  const surname = surnameOf(name);
  if (!surname) return [];
  const bare = surname.replace(SURNAME_PREFIX, '');
  return bare === surname ? [surname] : [surname, bare];
}
/** Nouns naming a person by role or trade ("minister", "spokeswoman", "coach", "sheriff"): a closed class of the language, not names. */
export const ROLE_WORDS =
  'recorder|organiser|organizer|garda|trooper|patrolman|head of state|head of government|tactician|crooner|rapper|star|superstar|hitmaker|skipper|winger|frontman|frontwoman|songstress|comedian|musician|politician|alderman|alderwoman|councilman|councilwoman|councilmember|assemblyman|assemblywoman|assemblymember|supervisor|trustee|comptroller|treasurer|auditor|clerk|registrar|solicitor|barrister|provost|dean|vice-chancellor|vc|md|dp|vp|pm|taoiseach|tanaiste|minister|president|premier|chancellor|chairman|chairwoman|chairperson|chair|chief|governor|senator|congressman|congresswoman|lawmaker|mayor|ambassador|secretary|leader|king|queen|sheikh|prince|emir|official|spokesman|spokeswoman|spokesperson|coach|manager|director|commissioner|ceo|executive|judge|magistrate|justice|prosecutor|lawyer|attorney|inspector|superintendent|sergeant|officer|councillor|councilor|captain|striker|midfielder|defender|goalkeeper|player|athlete|champion|economist|analyst|scientist|researcher|professor|doctor|founder|owner|priest|bishop|mother|father|teacher|principal|headteacher|veteran|youngster|expert|strategist|consultant|envoy|negotiator|editor|author|critic|activist|campaigner|resident|commentator|forecaster|meteorologist|specialist|adviser|advisor|partner|investor|trader|sheriff|constable|detective|deputy|general|colonel|commander|admiral|marshal|warden|curator|designer|actor|actress|singer|producer|novelist|journalist|reporter|presenter|host|nurse|surgeon|physician|paramedic|pilot|engineer|farmer|chef|broker|banker|builder|student|pupil|mp';
/** Verbs that report speech ("said", "told", "warned"), in the forms news writing uses: a closed class of the language. */
export const SPEECH_VERBS = new Set(
  `said says say saying told tells tell telling added adds stated states noted notes explained explains argued argues asked asks
  replied replies insisted insists warned warns declared declares announced announces wrote writes commented comments continued
  claimed claims acknowledged acknowledges admitted admits remarked emphasized emphasised emphasizes emphasises stressed stresses
  urged urges recalled recalls suggested suggests predicted predicts cautioned cautions conceded concedes concluded observed
  tweeted posted reiterated reiterates responded responds countered maintained maintains contended affirmed confirmed confirms
  denied denies pledged vowed promised charged alleged testified quipped joked shouted exclaimed complained lamented assured
  disclosed revealed underlined underscored estimated forecast projected reported announcing adding noting explaining
  asserted asserts mentioned indicated highlighted retorted answered pleaded boasted chanted recounted elaborated pointed
  arguing insisting warning claiming stressing telling asking stating urging recalling chanting asserting declaring
  sobbed cried screamed yelled whispered begged demanded opined mused sighed laughed fumed snapped shot texted emailed
  acknowledging explaining thundered moaned groaned counseled counselled listed barked roared wailed grumbled muttered
  murmured stammered gushed enthused scoffed interjected reasoned speculated bemoaned decried proclaimed hinted
  threatened reassured reminded`
    .split(/\s+/)
    .filter(Boolean),
);
const NAME_PARTICLES = /^(?:van|von|de|der|den|del|della|di|da|das|dos|du|la|le|ter|ten|bin|ibn|bint|al|el)$/;

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

/** The tags the package's lexicon gives a word out of context (lower-cased), e.g. "despite" → Preposition. */
function lexiconTags(word: string): string[] {
  const entry = lexicon[word.toLowerCase()];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

/** Where the tagger reads the first verb of `text` ("the Judge declined the application" → at "declined"), or -1. */
export function firstVerbAt(text: string): number {
  const sentences = nlp(text).json({ offset: true, text: false, normal: false }) as { terms: Term[] }[];
  const verb = sentences.flatMap((s) => s.terms).find((t) => t.tags.includes('Verb') && !t.tags.includes('Gerund'));
  return verb ? verb.offset.start : -1;
}

/** A word the package's lexicon knows as something other than a name ("Will", "Health"). */
export function isLexiconCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((tag) => PERSON_TAGS.includes(tag) || tag === 'ProperNoun');
}

/** A word the lexicon knows as a conjunction, preposition, determiner, pronoun or adverb ("While", "Despite"), never a name. */
export function isLexiconFunctionWord(word: string): boolean {
  return lexiconTags(word).some((tag) => FUNCTION_WORD_TAGS.includes(tag));
}

function isFunctionWord(t: Term): boolean {
  return isLexiconFunctionWord(t.text);
}

/** A lone capitalised "-ing" word opening a sentence ("Speaking", "According"); in a longer run it may be a name ("Building Bridges"). */
function isLoneGerund(run: Term[]): boolean {
  return run.length === 1 && lexiconTags(run[0].text).includes('Gerund');
}

function isLexiconFirstName(t: Term): boolean {
  return lexiconTags(t.text).some((tag) => FIRST_NAME_TAGS.includes(tag));
}

/** A word the lexicon knows, and not as a name ("Health", "Information"), whatever the tagger made of it in context. */
function isCommonWord(t: Term): boolean {
  const tags = lexiconTags(t.text);
  return tags.length > 0 && !tags.some((tag) => PERSON_TAGS.includes(tag) || tag === 'ProperNoun');
}

/** A word the lexicon does not know that the tagger did not read as a first or last name either ("Health"). */
function isUnknownWord(t: Term): boolean {
  return lexiconTags(t.text).length === 0 && !has(t, ['FirstName', 'LastName', 'MaleName', 'FemaleName']);
}

/**
 * A given name in the first-name lists of a maintained package (English, French, German, Italian, Spanish and
 * Turkish names), for a capitalised word the tagger's lexicon knows as no common word ("Siya", "Ghulam", "Hakan"):
 * its usual gender, or null when the word is no listed first name.
 */
function listedFirstName(word: string): 'm' | 'f' | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  const tags = lexiconTags(word);
  if (tags.length && !tags.some((tag) => PERSON_TAGS.includes(tag) || tag === 'ProperNoun')) return null;
  const gender = getGender(word);
  return gender === 'male' ? 'm' : gender === 'female' ? 'f' : null;
}

function isFirstName(t: Term): boolean {
  return has(t, FIRST_NAME_TAGS) || isLexiconFirstName(t);
}

function has(t: Term, tags: string[]): boolean {
  return t.tags.some((tag) => tags.includes(tag));
}

function isCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

function isNameTerm(t: Term): boolean {
  if (!isCapitalised(t.text)) return false;
  if (HONORIFICS.test(t.text)) return true;
  if (has(t, NOT_NAME_TAGS) && !has(t, ['Organization', 'Person'])) return false;
  return has(t, NAME_TAGS) || has(t, TITLE_TAGS);
}

function isLexiconTitle(t: Term): boolean {
  return (
    (lexiconTags(t.text).some((tag) => tag === 'Actor' || tag === 'Honorific') || ROLE_NOUNS.test(t.text)) &&
    !isLexiconFirstName(t) &&
    !has(t, ['FirstName', 'MaleName', 'FemaleName', 'Organization'])
  );
}

/** "CS Cleopa Mailu", "SHO Idrees Bangash": a short acronym that names no place or organisation, before a person. */
function isTitleAcronym(t: Term): boolean {
  return ROLE_ACRONYMS.test(t.text) || (/^[A-Z]{2,4}$/.test(t.text) && !has(t, ['Place', 'Country', 'Organization', 'Person']));
}

/** Honorifics written before a name ("Miss Boyle", "Mx Jones"), whatever the tagger made of them in context: a closed class of the language. */
const HONORIFICS = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?$/;

function isTitleTerm(t: Term): boolean {
  return (
    has(t, ['Honorific']) ||
    HONORIFICS.test(t.text) ||
    (has(t, ['Actor']) && !has(t, ['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Organization']))
  );
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
        if (prev && breaksBetween(prev, t) && !abbreviationGoesOn(prev, run) && !nicknameGoesOn(prev, t, terms[i - 2])) flush();
        run.push(t);
        if (has(t, ['Possessive']) || possessiveCut(t.text)) flush();
        continue;
      }
      const next = terms[i + 1];
      // "Siya Kolisi, who …": a capitalised word the lexicon does not know, read as a common noun at a sentence start, before a name.
      if (
        !run.length &&
        /^\p{Lu}\p{Ll}/u.test(t.text) &&
        isUnknownWord(t) &&
        !TITLE_ABBREVIATIONS.test(t.text) &&
        next &&
        isNameTerm(next) &&
        !breaksBetween(t, next)
      ) {
        run.push(t);
        continue;
      }
      // "Ministry of Defence", "Bank of England": keep "of" between two name words, unless the name is a person's.
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
      // "Armed Forces of the Philippines", "Ministry of the Interior": "of the" and a name after an organisation's common words.
      const afterThe = terms[i + 2];
      if (
        t.text.toLowerCase() === 'of' &&
        prev &&
        next?.text.toLowerCase() === 'the' &&
        afterThe &&
        isNameTerm(afterThe) &&
        !breaksBetween(prev, t) &&
        !breaksBetween(t, next) &&
        !breaksBetween(next, afterThe) &&
        run.every((r) => isNameWordOfOrganisation(r) || has(r, ['Organization']))
      ) {
        run.push(t, next);
        i++;
        continue;
      }
      // "Union Solidarity and Development Party", "Ministry of Health and Family Welfare": "and" between
      // capitalised common words inside one organisation's name (not between two names: "Russia and Ukraine").
      if (
        t.text.toLowerCase() === 'and' &&
        prev &&
        next &&
        // "M. Venkaiah Naidu and (the Communist Party)": a person's name is no part of an organisation's.
        !run.some((r) => has(r, PERSON_TAGS) || listedFirstName(r.text) !== null) &&
        !/^\p{Lu}$/u.test(terms[terms.indexOf(run[0]) - 1]?.text ?? '') &&
        isNameTerm(next) &&
        !breaksBetween(prev, t) &&
        !breaksBetween(t, next) &&
        ((isNameWordOfOrganisation(prev) && isNameWordOfOrganisation(next)) ||
          // "International Association of Machinists and Aerospace Workers": after "of", "and" goes on with the name.
          (run.some((r) => r.text.toLowerCase() === 'of') &&
            !has(prev, [...PERSON_TAGS, 'Place']) &&
            !has(next, [...PERSON_TAGS, 'Place']))) &&
        continuesToOrganisation(terms, i + 1)
      ) {
        run.push(t);
        continue;
      }
      // "Machinists District 837", "Teamsters Local 120": the number of an organisation's unit.
      if (/^\d{1,4}$/.test(t.text) && prev && ORG_UNITS.test(prev.text) && run.length > 1 && !breaksBetween(prev, t)) {
        run.push(t);
        flush();
        continue;
      }
      // "Ban Ki-moon", "Kim Jong-un": a lower-case syllable joined by a hyphen to a name word is part of it.
      if (prev && prev.post === '-' && !t.pre && /^\p{Ll}+$/u.test(t.text) && run.length >= 1 && !isCommonWord(t)) {
        run.push(t);
        continue;
      }
      // "Vicente Sotto III", "Martin Luther King Jr.": a generational suffix ends the person's name.
      if (GENERATION.test(t.text) && prev && has(prev, PERSON_TAGS) && !breaksBetween(prev, t)) {
        run.push(t);
        flush();
        continue;
      }
      // "Rob van Bree", "Ali bin Said": a lower-case particle between a person's name words.
      if (
        NAME_PARTICLES.test(t.text) &&
        prev &&
        next &&
        has(prev, PERSON_TAGS) &&
        isNameTerm(next) &&
        !breaksBetween(prev, t) &&
        !breaksBetween(t, next)
      ) {
        run.push(t);
        continue;
      }
      flush();
      const acronym = speakingAcronym(terms, i);
      if (acronym) out.push(acronym);
    }
    flush();
  }
  return out;
}

/**
 * "GM, in a statement, said", "CUPW members", "the NUM's offer", "National Union of Mineworkers (NUM)": an
 * acronym the tagger left unnamed is an organisation where the text makes it one: the subject of a speech verb
 * (after at most one inserted phrase), before a role noun, a possessive owner, or spelled out before it in brackets.
 */
function speakingAcronym(terms: Term[], i: number): NameCandidate | null {
  const t = terms[i];
  const cut = possessiveCut(t.text);
  const text = t.text.slice(0, t.text.length - cut);
  if (!/^[A-Z][A-Z&]{1,5}$/.test(text) || ROLE_ACRONYMS.test(text)) return null;
  if (has(t, ['Place', 'Country', 'Person', 'Honorific', 'Date', 'Value']) || isLexiconCommonWord(text)) return null;
  const start = t.offset.start;
  const candidate: NameCandidate = { start, end: start + text.length, text, kind: ActorKind.ORGANIZATION, title: null, gender: null };
  if (cut || has(t, ['Possessive'])) return candidate;
  const prev = terms[i - 1];
  if (/\($/.test(t.pre) && /^\)/.test(t.post) && prev && isCapitalised(prev.text)) return candidate;
  let k = i + 1;
  // One phrase set off by commas: "GM, in a statement, said".
  if (/^,\s*$/.test(t.post)) {
    let j = k;
    while (j < terms.length && j - k < 6 && !/,/.test(terms[j].post)) j++;
    if (j < terms.length && j - k < 6) k = j + 1;
  } else if (/[^\s]/.test(t.post)) return null;
  const next = terms[k];
  if (!next) return null;
  if (SPEECH_VERBS.has(next.text)) return candidate;
  return k === i + 1 && (ROLE_NOUNS.test(next.text.replace(/s$/, '')) || /^(?:members|officials|spokesperson)$/.test(next.text))
    ? candidate
    : null;
}

/**
 * "Juan Miguel “Migz” Zubiri": a nickname in quote marks between a person's first and last names is part of the
 * name (`t` is the nickname or the word after it; `beforePrev` the word before `prev`).
 */
function nicknameGoesOn(prev: Term, t: Term, beforePrev: Term | undefined): boolean {
  const quoted = (x: Term) => /^[“"‘']$/.test(x.pre.trim()) && /^[”"’']/.test(x.post.trim());
  // The nickname itself, after a first name.
  if (quoted(t) && !prev.post.trim() && (has(prev, PERSON_TAGS) || isFirstName(prev))) return true;
  // The surname after the nickname.
  return quoted(prev) && !!beforePrev && !t.pre.trim() && (has(beforePrev, PERSON_TAGS) || isFirstName(beforePrev));
}

/** "Gov. Bill Lee", "James M. Parent": an abbreviated title or a middle initial does not end the run at its full stop. */
function abbreviationGoesOn(prev: Term, run: Term[]): boolean {
  if (!/^\.[ \t]+$/.test(prev.post) || prev.pre.trim()) return false;
  if (has(prev, ['Honorific'])) return true;
  return /^\p{Lu}$/u.test(prev.text) && run.length >= 2 && has(run[run.length - 2], PERSON_TAGS);
}

/** A capitalised word that is no person's, place's or known organisation's name by itself ("Solidarity", "Health", "Missing"). */
function isNameWordOfOrganisation(t: Term): boolean {
  return (
    isCapitalised(t.text) &&
    !has(t, [...PERSON_TAGS, 'Place', 'Country', 'City', 'Acronym', 'Organization']) &&
    !isTitleTerm(t) &&
    (isCommonWord(t) || isUnknownWord(t) || has(t, ['ProperNoun']))
  );
}

/** The capitalised words from `from` on end in a word the tagger reads as an organisation's, or in a common noun ("Party", "Forum", "Welfare"). */
function continuesToOrganisation(terms: Term[], from: number): boolean {
  let i = from;
  while (i + 1 < terms.length && isNameTerm(terms[i + 1]) && !breaksBetween(terms[i], terms[i + 1])) i++;
  return i > from || has(terms[i], ['Organization']) || isCommonWord(terms[i]);
}

/**
 * Where a person's name starts after the words of a title or an affiliation that the tagger ran into it:
 * "(Minister of) Information Jamal Jarrah", "(Duchy of) Lancaster Pat McFadden" → at the first name, when every
 * word before it is a common or unknown word, a place or an organisation word (not itself read as a name).
 */
function personNameStart(terms: Term[]): number {
  let at = terms.findIndex(isFirstName);
  // "Frank-Walter", "Majed bin Mohammed": the words joined to the first name by a hyphen or a particle are the name too.
  while (at > 0 && (terms[at - 1].post === '-' || NAME_PARTICLES.test(terms[at].text) || NAME_PARTICLES.test(terms[at - 1].text))) at--;
  // A first name and a surname at least remain ("Datuk Dr … Hassan" is not cut to "Hassan").
  if (at <= 0 || at > terms.length - 2) return 0;
  const affiliation = terms
    .slice(0, at)
    .every((t) => has(t, ['Place', 'Organization', 'Actor', 'Demonym']) || isCommonWord(t) || isUnknownWord(t));
  return affiliation ? at : 0;
}

/** "Tennessee Gov. Bill Lee", "Tyson President Donnie Smith": the last title word inside the run, followed by the name (-1 if none). */
function innerTitleEnd(terms: Term[]): number {
  for (let k = terms.length - 2; k > 0; k--) {
    const t = terms[k];
    const titleWord =
      has(t, ['Honorific']) ||
      lexiconTags(t.text).some((tag) => tag === 'Actor' || tag === 'Honorific') ||
      ROLE_NOUNS.test(t.text) ||
      isTitleAcronym(t);
    if (
      titleWord &&
      t.text.length > 1 &&
      !has(t, ['Organization']) &&
      !isLexiconFirstName(t) &&
      t.post !== '-' &&
      (has(terms[k + 1], PERSON_TAGS) ||
        isFirstName(terms[k + 1]) ||
        // "Oil Minister Hisham Nazer": two or three words the lexicon does not know, after a title, are a name.
        (terms.length - k - 1 >= 2 &&
          terms.length - k - 1 <= 3 &&
          terms.slice(k + 1).every((x) => isUnknownWord(x) && !has(x, ['Organization']))))
    )
      return k;
  }
  return -1;
}

function emit(run: Term[], sentence: Term[], out: NameCandidate[]): void {
  if (isLoneGerund(run)) return;
  let i = 0;
  // A capitalised sentence opener ("When", "Despite", "Those") is not part of the name after it.
  // Only where a sentence or a quoted sentence starts: "Des Hasler" mid-sentence keeps its "Des".
  const opensSentence = (t: Term) => {
    const k = sentence.indexOf(t);
    return k === 0 || /[“"‘:(]\s*$/.test(sentence[k - 1].post + t.pre) || /[“"‘(]/.test(t.pre);
  };
  while (i < run.length && isFunctionWord(run[i]) && !has(run[i], PERSON_TAGS) && (i > 0 || opensSentence(run[i]))) i++;
  const titleTerms: Term[] = [];
  // "Governor Bill Lee": a word the lexicon knows as a title, before a person's name, is a title even where the tagger read it as a name.
  // "Sheriff Morris Young": the first name read as a person's, the words after it no organisation's.
  const leadsPerson = (k: number) =>
    k + 2 < run.length
      ? run.slice(k + 1).every((t) => has(t, PERSON_TAGS)) ||
        ((has(run[k + 1], PERSON_TAGS) || isLexiconFirstName(run[k + 1])) &&
          !run.slice(k + 1).some((t) => has(t, ['Organization', 'Place'])))
      : k + 1 < run.length &&
        (has(run[k + 1], ['FirstName', 'LastName']) ||
          // "Sheriff Young", "Governor Hochul": a role noun and one word that is no organisation's, place's or role's;
          // not after an article ("the General Election").
          (ROLE_NOUNS.test(run[k].text) &&
            !/^(?:the|a|an)$/i.test(sentence[sentence.indexOf(run[k]) - 1]?.text ?? '') &&
            !has(run[k], ['Organization']) &&
            !has(run[k + 1], ['Organization', 'Place', 'Country', 'Acronym']) &&
            !ROLE_NOUNS.test(run[k + 1].text)));
  // "Major General Bheki Langa", "Deputy Commissioner Jane Moss": a title word after a title goes on with the title.
  const titleGoesOn = (k: number) =>
    (titleTerms.length > 0 && k + 1 < run.length && isLexiconTitle(run[k])) ||
    // "Insp Kerr", "Cllr Jones": an abbreviated role before a name.
    (k + 1 < run.length && /^\p{Lu}\p{Ll}+\.?$/u.test(run[k].text) && isUnknownWord(run[k]) && TITLE_ABBREVIATIONS.test(run[k].text));
  // "Chief Justice Bandial", "Justice Athar Minallah": role nouns in a row, then a name of no common word.
  const rolesLead = (k: number) => {
    let j = k;
    while (j < run.length && ROLE_NOUNS.test(run[j].text) && !has(run[j], ['Organization'])) j++;
    const rest = run.slice(j);
    return (
      j > k &&
      rest.length >= 1 &&
      rest.length <= 3 &&
      !/^(?:the|a|an)$/i.test(sentence[sentence.indexOf(run[0]) - 1]?.text ?? '') &&
      rest.every((t) => !isCommonWord(t) && !has(t, ['Organization', 'Place', 'Country', 'Acronym']))
    );
  };
  while (
    i < run.length &&
    (isTitleTerm(run[i]) ||
      ((isLexiconTitle(run[i]) || isTitleAcronym(run[i])) && leadsPerson(i)) ||
      titleGoesOn(i) ||
      (ROLE_NOUNS.test(run[i].text) && rolesLead(i)))
  )
    titleTerms.push(run[i++]);
  let terms = run.slice(i);
  // "Minister for Finance Indranee Rajah", "Secretary of State Antony Blinken" (the department's word read into the
  // name): after a role noun and "for"/"of", the first capitalised word is the department.
  const k0 = sentence.indexOf(run[0]);
  if (
    titleTerms.length === 0 &&
    terms.length >= 3 &&
    /^(?:for|of)$/i.test(sentence[k0 - 1]?.text ?? '') &&
    ROLE_NOUNS.test(sentence[k0 - 2]?.text ?? '') &&
    !has(terms[0], PERSON_TAGS) &&
    !isFirstName(terms[0])
  ) {
    titleTerms.push(sentence[k0 - 2], sentence[k0 - 1], terms.shift()!);
    // "Minister for Information and Broadcasting Marriyum Aurangzeb": the department goes on after "and".
    while (terms.length > 2 && /^(?:and|&)$/i.test(terms[0].text)) titleTerms.push(terms.shift()!, terms.shift()!);
  }
  const nameStart = personNameStart(terms);
  // "West Midlands Mayor (Andy Street)": the words cut off before the first name carry its title.
  if (terms.slice(0, nameStart).some((t) => isTitleTerm(t) || isLexiconTitle(t))) titleTerms.push(...terms.slice(0, nameStart));
  terms = terms.slice(nameStart);
  const titleEnd = innerTitleEnd(terms);
  if (titleEnd >= 0) {
    titleTerms.push(...terms.slice(0, titleEnd + 1));
    terms = terms.slice(titleEnd + 1);
  }
  while (terms.length && terms[terms.length - 1].text.toLowerCase() === 'of') terms = terms.slice(0, -1);
  // "David Hislop KC", "Jane Moss MP": a letter title after a person's name is no part of it.
  while (terms.length > 2 && ROLE_ACRONYMS.test(terms[terms.length - 1].text)) terms = terms.slice(0, -1);
  // "American CoCo Vandeweghe", "Kenyan Raila Odinga": a nationality before a person's name is no part of it.
  const demonym = (t: Term) => has(t, ['Demonym']) || lexiconTags(t.text).includes('Demonym');
  while (
    terms.length > 1 &&
    demonym(terms[0]) &&
    !demonym(terms[terms.length - 1]) &&
    !terms.some((t) => has(t, ['Organization']) || (!demonym(t) && isCommonWord(t)))
  )
    terms = terms.slice(1);
  // A leading "The" of "The European Union" is not part of the name.
  if (terms.length > 1 && /^the$/i.test(terms[0].text)) terms = terms.slice(1);
  if (!terms.length) return;
  // "North Bank Commander", "the Ashanti Regional Minister": a role named by its place or department, no person's name.
  // A surname that is also a title noun ("Tim Cook") is read as a last name in context.
  const lastTerm = terms[terms.length - 1];
  if (lexiconTags(lastTerm.text).includes('Actor') && !has(lastTerm, ['LastName']) && !terms.some((t) => has(t, ['Organization']))) return;
  // "Tyson President and CEO Donnie Smith": a title word coordinated with another title is a title, whatever the tagger made of it.
  const after = sentence.slice(sentence.indexOf(lastTerm) + 1, sentence.indexOf(lastTerm) + 3);
  if (
    lexiconTags(lastTerm.text).includes('Actor') &&
    after[0]?.text.toLowerCase() === 'and' &&
    after[1] &&
    (isTitleTerm(after[1]) || isLexiconTitle(after[1]) || ROLE_ACRONYMS.test(after[1].text))
  )
    return;
  const first = terms[0];
  const last = terms[terms.length - 1];
  const start = first.offset.start;
  let end = last.offset.start + last.offset.length;
  end -= possessiveCut(last.text);
  const all = (tags: string[]) => terms.every((t) => has(t, tags));
  const any = (tags: string[]) => terms.some((t) => has(t, tags));
  let kind: CandidateKind;
  if (terms.length === 1 && (has(first, ['Demonym']) || lexiconTags(first.text).includes('Demonym'))) return;
  // "the council’s January meeting": a month or a weekday alone is no name, whatever the tagger made of it.
  if (terms.length === 1 && lexiconTags(first.text).some((tag) => tag === 'Month' || tag === 'WeekDay')) return;
  // A job title ("Chief Superintendent", "Police Spokesperson") is written before a person, even one whose
  // name the tagger reads as a place ("Phil Ward"); honorifics also precede places ("King Edward Street").
  // So is a name right after a lower-case role noun: "Automotive expert Kaylea Hall", "union leader Jane Moss".
  const roleBefore = sentence[sentence.indexOf(first) - 1];
  const afterRoleNoun =
    !!roleBefore &&
    /^\p{Ll}/u.test(roleBefore.text) &&
    !/[^\s]/.test(roleBefore.post) &&
    (lexiconTags(roleBefore.text).includes('Actor') || ROLE_NOUNS.test(roleBefore.text));
  const afterRoleAcronym = !!roleBefore && ROLE_ACRONYMS.test(roleBefore.text) && !/[^\s]/.test(roleBefore.post);
  const jobTitle =
    titleTerms.some((t) => (has(t, ['Actor']) || isLexiconTitle(t)) && !has(t, ['Honorific'])) ||
    ((afterRoleNoun || afterRoleAcronym) && titleTerms.length === 0);
  // "Hakan Demirtas, 32, told Reuters": an age set off by commas after the name is a person's.
  const next = sentence[sentence.indexOf(lastTerm) + 1];
  const aged = !!next && /^,\s*$/.test(lastTerm.post) && /^\d{1,3}$/.test(next.text) && /^,/.test(next.post);
  // "Jocelyn Hall", "Ghulam Nabi Azad": a listed first name before a last word that is no common word.
  const listedPerson = terms.length >= 2 && listedFirstName(first.text) !== null && !isCommonWord(lastTerm) && !has(lastTerm, ['Country']);
  if ((jobTitle || aged || listedPerson || describedByRole(sentence, first, lastTerm)) && !any(['Organization'])) kind = ActorKind.PERSON;
  else if (all(['Place']) && any(['Country'])) kind = ActorKind.COUNTRY;
  else if (all(['Place'])) kind = 'PLACE';
  else if (any(['Organization'])) kind = ActorKind.ORGANIZATION;
  // "University of Kent", "Bank of Montreal": a common noun "of" a name is an institution, whatever the last word reads as.
  else if (terms.length > 2 && terms.some((t) => t.text === 'of') && !has(first, PERSON_TAGS) && !isFirstName(first) && !titleTerms.length)
    kind = ActorKind.ORGANIZATION;
  else if (any(PERSON_TAGS) || titleTerms.length) kind = ActorKind.PERSON;
  else kind = 'UNKNOWN';
  // "A transplanted Nashvillean", "an Israeli": a lone word of no known kind after an indefinite article names no one.
  if (terms.length === 1 && kind === 'UNKNOWN') {
    const k = sentence.indexOf(first);
    const article = (t: Term | undefined) => !!t && /^an?$/i.test(t.text);
    if (article(sentence[k - 1]) || (article(sentence[k - 2]) && /^\p{Ll}/u.test(sentence[k - 1]?.text ?? ''))) return;
  }
  // A lone adjective-like word before a common noun ("Azerbaijani media", "Russian leader") is not a name.
  if (terms.length === 1 && kind !== ActorKind.PERSON && kind !== ActorKind.COUNTRY && kind !== 'PLACE') {
    const idx = sentence.indexOf(first);
    const next = sentence[idx + 1];
    if (next && !breaksBetween(first, next) && /^\p{Ll}/u.test(next.text) && /(?:i|an|ese|ish)$/.test(first.text)) return;
  }
  // A lone word's reading as a first name says nothing of a person named by surname ("Sgt Ryan"); a title does.
  const gender = titleGender(sentence, first) ?? (terms.length === 1 ? null : any(['MaleName']) ? 'm' : any(['FemaleName']) ? 'f' : null);
  out.push({
    start,
    end,
    text: '',
    kind,
    title: titleTerms.length ? titleTerms.map((t) => t.text).join(' ') : null,
    gender,
  });
}

/**
 * "DL Sachdeva, the union's national secretary, said", "a resident, Hakan Demirtas,": a role set off by commas
 * right after or right before the name describes a person.
 */
function describedByRole(sentence: Term[], first: Term, last: Term): boolean {
  const isRole = (t: Term | undefined) => !!t && /^\p{Ll}/u.test(t.text) && ROLE_NOUNS.test(t.text);
  const before = sentence[sentence.indexOf(first) - 1];
  if (isRole(before) && /^,\s*$/.test(before.post)) return true;
  if (!/^,\s*$/.test(last.post)) return false;
  const after = sentence.slice(sentence.indexOf(last) + 1, sentence.indexOf(last) + 8);
  // "Siya Kolisi, who became …": "who" is said of people.
  if (after[0]?.text.toLowerCase() === 'who') return true;
  // "Jocelyn Hall, spokeswoman for …", "Trevor Hall, regional industrial organiser for …": lower-case words, then the role.
  const role = after.findIndex((t) => isRole(t));
  if (
    role >= 0 &&
    role <= 2 &&
    after.slice(0, role).every((t) => /^\p{Ll}+$/u.test(t.text) && !/[^\s]/.test(t.post)) &&
    /^(?:for|of|at|with)$/.test(after[role + 1]?.text ?? '')
  )
    return true;
  // "…, the union's national secretary,".
  const end = after.findIndex((t) => /,/.test(t.post));
  return end > 0 && /^(?:the|a|an)$/i.test(after[0].text) && isRole(after[end]);
}

/** Abbreviated titles written before a name ("Insp Kerr", "Cllr Jones", "Sgt Ryan"): a closed class of the language. */
export const TITLE_ABBREVIATION_WORDS =
  'Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Corp|Adm|Cmdr|Cdr|Rev|Hon|Cpl|Const|Det|Insp|Supt|Pte|Maj|Brig|Atty|Fr|Msgr|Pres|Cllr|Sup|Cmsr|Comm';
const TITLE_ABBREVIATIONS = new RegExp(`^(?:${TITLE_ABBREVIATION_WORDS})\\.?$`);

/** Role nouns written before a person's name in apposition ("expert Kaylea Hall"): a closed class of the language, not names. */
const ROLE_NOUNS = new RegExp(`^(?:${ROLE_WORDS})$`, 'i');

/** Units of an organisation numbered after their name ("District 837", "Local 120"). */
const ORG_UNITS = /^(?:District|Local|Lodge|Chapter|Division|Branch|Section|Precinct)$/;

/** Titles written as acronyms before a name ("MP Ben Lake", "CEO Donnie Smith"). */
export const ROLE_ACRONYM_WORDS = 'MP|MPs|MEP|MLA|MSP|MPP|MHA|TD|CEO|CFO|COO|CTO|QC|KC|SC';
const ROLE_ACRONYMS = new RegExp(`^(?:${ROLE_ACRONYM_WORDS})$`);

/** Gendered honorifics and role nouns ("Mr", "Mrs", "first lady") written just before a name: a closed class of the language. */
const MALE_TITLE = /^(?:mr|sir|lord|king|prince|father|brother|husband|son)\.?$/i;
const FEMALE_TITLE = /^(?:mrs|ms|miss|madam|dame|lady|queen|princess|mother|sister|wife|daughter)\.?$/i;

/** The gender an honorific or role noun right before the name gives ("Mr. Trump", "first lady Melania Trump"). */
function titleGender(sentence: Term[], first: Term): 'm' | 'f' | null {
  const idx = sentence.indexOf(first);
  for (const t of sentence.slice(Math.max(0, idx - 2), idx).reverse()) {
    if (MALE_TITLE.test(t.text)) return 'm';
    if (FEMALE_TITLE.test(t.text)) return 'f';
  }
  return null;
}

/** Fills in candidate texts from the body (compromise's term texts drop inner punctuation). */
export function findNames(body: string): NameCandidate[] {
  return findNameCandidates(body)
    .map((c) => ({ ...c, text: body.slice(c.start, c.end) }))
    .filter((c) => c.end > c.start && /\p{L}/u.test(c.text));
}
