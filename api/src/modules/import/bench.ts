import { codePointLength } from '@newsroom/shared';

/** Gold annotation of one article: its direct quotes by exact text (found once in the body) and speaker. */
export interface GoldArticle {
  file: string;
  quotes: { text: string; speaker: string; coSpeakers?: string[]; alternatives?: string[]; unnamed?: boolean }[];
  /**
   * Quotes the annotator could not give by a text found once in the body (the same words occur again): a system
   * quote with exactly such a text is neither credited nor counted as an extra.
   */
  skipped?: string[];
}

interface SystemQuote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface Scores {
  exact: PRF;
  overlap: PRF;
  /** Share of overlap-matched quotes whose speaker is right. */
  speakerAccuracy: number;
  speakerCorrect: number;
  matched: number;
  /** A quote counts only when its span (exact / overlapping) and its speaker are both right. */
  endToEnd: { exactF1: number; overlapF1: number };
}

function prf(tp: number, system: number, gold: number): PRF {
  const precision = system ? tp / system : gold ? 0 : 1;
  const recall = gold ? tp / gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function norm(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/^(?:a|an|the)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Right speaker: the gold name or an accepted alternative, the last words of the gold person's name (the surname at least), or (for an unnamed source) the same words. */
export function speakerMatches(system: string | null, gold: GoldArticle['quotes'][number]): boolean {
  if (!system) return false;
  const s = norm(system);
  const names = [gold.speaker, ...(gold.alternatives ?? [])].map(norm);
  if (names.includes(s)) return true;
  // The end of the full name: the surname ("Bayramov"), or with the title or name words before it ("Justice Bowskill").
  if (names.some((n) => n.endsWith(` ${s}`))) return true;
  if (gold.unnamed) return names.some((n) => n.includes(s) || s.includes(n));
  return false;
}

/** Locates gold quotes in the body: code-point offsets of the single occurrence of their text. */
export function goldSpans(body: string, gold: GoldArticle): { start: number; end: number; q: GoldArticle['quotes'][number] }[] {
  return gold.quotes.map((q) => {
    const i = body.indexOf(q.text);
    if (i < 0 || body.indexOf(q.text, i + 1) >= 0)
      throw new Error(`${gold.file}: gold quote not found exactly once: "${q.text.slice(0, 60)}"`);
    const start = codePointLength(body.slice(0, i));
    return { start, end: start + codePointLength(q.text), q };
  });
}

export function scoreDirectQuotes(
  articles: { file: string; gold: GoldArticle; system: SystemQuote[]; body: string }[],
  report?: (message: string) => void,
): Scores {
  let system = 0;
  let goldCount = 0;
  let exactTp = 0;
  let overlapTp = 0;
  let speakerOk = 0;
  let e2eExact = 0;
  let e2eOverlap = 0;
  for (const a of articles) {
    const gold = goldSpans(a.body, a.gold);
    const skipped = new Set(a.gold.skipped ?? []);
    const scored = a.system.filter((s) => !skipped.has(s.text));
    system += scored.length;
    goldCount += gold.length;
    const used = new Set<number>();
    for (const g of gold) {
      // One-to-one: the unused system quote overlapping this gold quote the most.
      let best = -1;
      let bestOverlap = 0;
      scored.forEach((s, i) => {
        if (used.has(i)) return;
        const overlap = Math.min(s.end, g.end) - Math.max(s.start, g.start);
        if (overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      });
      if (best < 0) {
        report?.(`${a.file}: MISSED "${g.q.text.slice(0, 60)}" (${g.q.speaker})`);
        continue;
      }
      used.add(best);
      const s = scored[best];
      overlapTp++;
      const exact = s.start === g.start && s.end === g.end;
      if (exact) exactTp++;
      const ok = speakerMatches(s.speaker, g.q);
      if (ok) {
        speakerOk++;
        e2eOverlap++;
        if (exact) e2eExact++;
      }
      if (!exact) report?.(`${a.file}: SPAN ${s.start}-${s.end} vs gold ${g.start}-${g.end} "${g.q.text.slice(0, 50)}"`);
      if (!ok) report?.(`${a.file}: SPEAKER "${s.speaker}" vs gold "${g.q.speaker}" for "${g.q.text.slice(0, 50)}"`);
    }
    scored.forEach((s, i) => {
      if (!used.has(i)) report?.(`${a.file}: EXTRA "${s.text.slice(0, 60)}" (${s.speaker})`);
    });
  }
  return {
    exact: prf(exactTp, system, goldCount),
    overlap: prf(overlapTp, system, goldCount),
    speakerAccuracy: overlapTp ? speakerOk / overlapTp : 0,
    speakerCorrect: speakerOk,
    matched: overlapTp,
    endToEnd: { exactF1: prf(e2eExact, system, goldCount).f1, overlapF1: prf(e2eOverlap, system, goldCount).f1 },
  };
}
