import { VERDICTS } from '@newsroom/shared';
import type { Verdict } from '../../gql/graphql';

/** The shared verdict vocabulary as select choices: label, ClaimReview position and meaning. */
export const verdictChoices = (Object.entries(VERDICTS) as [Verdict, (typeof VERDICTS)[keyof typeof VERDICTS]][]).map(([id, info]) => ({
  id,
  name: info.label,
  rating: info.rating,
  description: info.description,
}));

export const VERDICT_IDS: readonly string[] = verdictChoices.map((c) => c.id);

export const verdictLabel = (verdict: string | null | undefined): string =>
  verdictChoices.find((c) => c.id === verdict)?.name ?? verdict ?? '—';

/** Colours with white text at WCAG AA contrast, by how the quote fared. */
export function verdictColour(verdict: string | null | undefined): string {
  const rating = verdictChoices.find((c) => c.id === verdict)?.rating;
  if (rating == null) return '#4a4a4a';
  return ['#8a1c1c', '#8a1c1c', '#8a4b00', '#5c5c00', '#1b5e20', '#1b5e20'][rating];
}
