import { Verdict } from './enums';

export interface VerdictInfo {
  label: string;
  /** Position on ClaimReview's 1 (worst) to 5 (best) scale; null when the verdict is not about truth. */
  rating: number | null;
  description: string;
}

/** Labels, ClaimReview ratings and meanings of the verdicts: the API and the console read these. */
export const VERDICTS: Record<Verdict, VerdictInfo> = {
  [Verdict.ACCURATE]: { label: 'Accurate', rating: 5, description: 'The claim is correct and nothing significant is missing.' },
  [Verdict.MOSTLY_ACCURATE]: {
    label: 'Mostly accurate',
    rating: 4,
    description: 'Correct in substance; a detail is wrong or needs context.',
  },
  [Verdict.UNSUPPORTED]: { label: 'Unsupported', rating: 3, description: 'No evidence was found either way.' },
  [Verdict.MISLEADING]: { label: 'Misleading', rating: 2, description: 'Partly true, but framed to leave a false impression.' },
  [Verdict.FALSE]: { label: 'False', rating: 1, description: 'The claim is wrong.' },
  [Verdict.MISATTRIBUTED]: {
    label: 'Misattributed',
    rating: null,
    description: 'The words were not said by the person they are attributed to.',
  },
  [Verdict.MISQUOTED]: { label: 'Misquoted', rating: null, description: 'The words differ from what was actually said.' },
  [Verdict.NOT_CHECKABLE]: {
    label: 'Not checkable',
    rating: null,
    description: 'An opinion, a prediction or otherwise not a verifiable claim.',
  },
};

export const CLAIM_REVIEW_BEST = 5;
export const CLAIM_REVIEW_WORST = 1;

const WORDS: [RegExp, Verdict][] = [
  [/misattribut|wrongly attributed|never said/i, Verdict.MISATTRIBUTED],
  [/misquot|out of context quote|altered quote/i, Verdict.MISQUOTED],
  [/not checkable|unverifiable|opinion|satire/i, Verdict.NOT_CHECKABLE],
  [/mostly (true|accurate|correct)|largely (true|accurate)/i, Verdict.MOSTLY_ACCURATE],
  [/mislead|half[- ]true|mixed|partly (true|false)|exaggerat|cherry/i, Verdict.MISLEADING],
  [/unproven|unsupported|no evidence|unsubstantiated|lacks? evidence|needs context/i, Verdict.UNSUPPORTED],
  [/mostly false|pants on fire|^false|\bfalse\b|incorrect|wrong|fake|fabricated|hoax/i, Verdict.FALSE],
  [/^true|\btrue\b|accurate|correct|right/i, Verdict.ACCURATE],
];

/**
 * Maps another publisher's ClaimReview rating onto our verdicts: by its words
 * (alternateName) first, else by where ratingValue sits between worst and best.
 */
export function verdictFromRating(rating: {
  alternateName?: string;
  ratingValue?: number | string;
  bestRating?: number | string;
  worstRating?: number | string;
}): Verdict | null {
  const name = rating.alternateName?.trim();
  if (name) for (const [pattern, verdict] of WORDS) if (pattern.test(name)) return verdict;
  const value = Number(rating.ratingValue);
  const best = Number(rating.bestRating ?? 5);
  const worst = Number(rating.worstRating ?? 1);
  if (!Number.isFinite(value) || !Number.isFinite(best) || !Number.isFinite(worst) || best === worst) return null;
  const position = (value - worst) / (best - worst);
  if (position >= 0.875) return Verdict.ACCURATE;
  if (position >= 0.625) return Verdict.MOSTLY_ACCURATE;
  if (position >= 0.375) return Verdict.UNSUPPORTED;
  if (position >= 0.125) return Verdict.MISLEADING;
  return Verdict.FALSE;
}
