/** What kind of thing an actor is. */
export enum ActorKind {
  PERSON = 'PERSON',
  ORGANIZATION = 'ORGANIZATION',
  COUNTRY = 'COUNTRY',
  GOVERNMENT_BODY = 'GOVERNMENT_BODY',
  MEDIA = 'MEDIA',
}

/** Whether a quote reproduces the words as said or reports them in other words. */
export enum QuoteKind {
  DIRECT = 'DIRECT',
  PARAPHRASE = 'PARAPHRASE',
}

/** How the words reached the article. */
export enum Delivery {
  INTERVIEW = 'INTERVIEW',
  READOUT = 'READOUT',
  PRESS_CONFERENCE = 'PRESS_CONFERENCE',
  STATEMENT = 'STATEMENT',
  MEDIA_REPORT = 'MEDIA_REPORT',
  SOCIAL_MEDIA = 'SOCIAL_MEDIA',
  OTHER = 'OTHER',
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

/** What a signed-in user may do. Anonymous clients have no role and read approved records only. */
export enum Role {
  EDITOR = 'EDITOR',
  REVIEWER = 'REVIEWER',
  ADMIN = 'ADMIN',
}

/** Where a curated record stands in review. */
export enum ReviewStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  APPROVED = 'APPROVED',
}

/** The record types that go through review. */
export enum CuratedType {
  ARTICLE = 'ARTICLE',
  ACTOR = 'ACTOR',
  QUOTE = 'QUOTE',
  ISSUE = 'ISSUE',
  FACT_CHECK = 'FACT_CHECK',
}

/**
 * A fact-check's rating of a quote. Verdicts about the claim (ACCURATE …
 * UNSUPPORTED) sit on one scale; MISATTRIBUTED, MISQUOTED and NOT_CHECKABLE say
 * something about the quote itself and carry no position on that scale.
 */
export enum Verdict {
  ACCURATE = 'ACCURATE',
  MOSTLY_ACCURATE = 'MOSTLY_ACCURATE',
  UNSUPPORTED = 'UNSUPPORTED',
  MISLEADING = 'MISLEADING',
  FALSE = 'FALSE',
  MISATTRIBUTED = 'MISATTRIBUTED',
  MISQUOTED = 'MISQUOTED',
  NOT_CHECKABLE = 'NOT_CHECKABLE',
}
