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

/**
 * What one GraphQL request may ask for (issue 8). Each is refused with HTTP 400
 * and its own `extensions.code` before anything runs; the body size with 413.
 */
export const QUERY_LIMITS = {
  /** Nesting of selections below the operation (fragments expanded). */
  depthMax: 6,
  /** Aliased fields in one document, fragments expanded where spread (every field counts, `__typename` included). */
  aliasesMax: 15,
  /** Directives used in one document. */
  directivesMax: 50,
  /**
   * Estimated work: 1 per field, and a connection's `first`/`last` (or a list's
   * `first`) multiplies what is selected under it.
   */
  costMax: 5000,
  /** Lexical tokens in one document (graphql-js `maxTokens`). */
  tokensMax: 1000,
  /**
   * Request body in bytes: room for the largest legitimate write, an article of
   * LIMITS.bodyMax characters as UTF-8 JSON (up to 4 bytes a character), and no more.
   */
  bodyBytesMax: 5_000_000,
} as const;
