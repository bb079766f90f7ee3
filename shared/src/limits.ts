/**
 * Limits shared by the API validators and the console's form validators.
 * Change them here only.
 */
export const LIMITS = {
  /** Page size: `first`/`last` above this are refused. */
  pageSizeMax: 100,
  pageSizeDefault: 20,
  titleMax: 500,
  nameMax: 300,
  slugMax: 120,
  urlMax: 2048,
  languageMax: 35,
  outletNameMax: 200,
  descriptionMax: 10_000,
  /** Article bodies: 1 MB of text is far beyond any news article. */
  bodyMax: 1_000_000,
  quoteTextMax: 10_000,
  deliveryContextMax: 500,
  aliasesMax: 50,
  searchQueryMax: 200,
  /** Mentions and role lists written in one mutation. */
  listInputMax: 500,
} as const;

/** Wikidata item ids: Q followed by digits. */
export const WIKIDATA_QID_PATTERN = /^Q[1-9][0-9]*$/;

/** Issue slugs: lower-case words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Turns a title into a slug that matches SLUG_PATTERN. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, LIMITS.slugMax)
    .replace(/-+$/g, '');
}

/** Accounts: passwords are hashed with argon2id; long passphrases are welcome. */
export const ACCOUNT_LIMITS = {
  passwordMin: 12,
  passwordMax: 256,
  emailMax: 254,
  reviewNoteMax: 2000,
  tokenNameMax: 100,
  /** Failed sign-ins per account per hour before further attempts are refused. */
  failedLoginsPerHour: 100,
} as const;
