import type { ActorRole } from './actor-role.entity';

/** Lower-case words that still belong to a title ("top adviser", "deputy foreign minister"). */
const TITLE_WORDS = new Set([
  'adviser',
  'advisor',
  'aide',
  'ambassador',
  'chairman',
  'chairwoman',
  'chancellor',
  'chief',
  'commander',
  'deputy',
  'director',
  'envoy',
  'foreign',
  'general',
  'governor',
  'head',
  'leader',
  'mayor',
  'minister',
  'premier',
  'president',
  'prime',
  'secretary',
  'senior',
  'speaker',
  'spokesman',
  'spokesperson',
  'spokeswoman',
  'top',
  'vice',
]);
const FILLER = new Set(['top', 'senior', 'chief']);

/**
 * The title an article gives a person just before naming them ("Azerbaijan's Foreign
 * Minister Jeyhum Bayramov" → "Foreign Minister"; "President Vladmir Putin" →
 * "President"), or null. Stops at a possessive, punctuation or an ordinary word.
 */
export function titleBefore(body: string, mentionStart: number): string | null {
  const words = Array.from(body)
    .slice(Math.max(0, mentionStart - 120), mentionStart)
    .join('')
    .trimEnd()
    .split(/\s+/);
  const title: string[] = [];
  for (let i = words.length - 1; i >= 0 && title.length < 6; i--) {
    const word = words[i];
    if (!/^[\p{L}-]+$/u.test(word)) break;
    const capitalised = /^\p{Lu}\p{Ll}+(-\p{L}+)?$/u.test(word);
    if (!capitalised && !TITLE_WORDS.has(word.toLowerCase())) break;
    title.unshift(word);
  }
  while (title.length && FILLER.has(title[0].toLowerCase())) title.shift();
  return title.length && title.some((w) => TITLE_WORDS.has(w.toLowerCase())) ? title.join(' ') : null;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Roles held on `date` (YYYY-MM-DD); open ends count as held. */
export function rolesOn(roles: ActorRole[], date: string): ActorRole[] {
  return roles.filter((r) => (!r.startedOn || r.startedOn <= date) && (!r.endedOn || r.endedOn >= date));
}

/** Whether a title as written fits one of the roles: every word of the shorter is in the longer. */
export function titleFits(title: string, role: ActorRole): boolean {
  const a = norm(title).split(' ');
  const b = norm(role.title).split(' ');
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.includes(w));
}
