import { ReviewStatus, Role } from './enums';

export type ReviewAction = 'edit' | 'submitForReview' | 'approve' | 'requestChanges';

export interface Transition {
  from: readonly ReviewStatus[];
  /** The status after the action, given the status before it. */
  to: (from: ReviewStatus) => ReviewStatus;
  roles: readonly Role[];
}

const STAFF = [Role.EDITOR, Role.REVIEWER, Role.ADMIN] as const;
const REVIEWERS = [Role.REVIEWER, Role.ADMIN] as const;

/**
 * The review workflow, the only place it is written down. Editing an approved
 * record leaves the approved revision public and opens a new draft; editing
 * after changes were requested keeps that status until it is resubmitted.
 */
export const REVIEW_TRANSITIONS: Record<ReviewAction, Transition> = {
  edit: {
    from: [ReviewStatus.DRAFT, ReviewStatus.IN_REVIEW, ReviewStatus.CHANGES_REQUESTED, ReviewStatus.APPROVED],
    to: (from) => (from === ReviewStatus.CHANGES_REQUESTED ? ReviewStatus.CHANGES_REQUESTED : ReviewStatus.DRAFT),
    roles: STAFF,
  },
  submitForReview: {
    from: [ReviewStatus.DRAFT, ReviewStatus.CHANGES_REQUESTED],
    to: () => ReviewStatus.IN_REVIEW,
    roles: STAFF,
  },
  approve: {
    from: [ReviewStatus.IN_REVIEW],
    to: () => ReviewStatus.APPROVED,
    roles: REVIEWERS,
  },
  requestChanges: {
    from: [ReviewStatus.IN_REVIEW],
    to: () => ReviewStatus.CHANGES_REQUESTED,
    roles: REVIEWERS,
  },
};

/** The status after `action`, or undefined when the workflow does not allow it from `from`. */
export function nextStatus(action: ReviewAction, from: ReviewStatus): ReviewStatus | undefined {
  const transition = REVIEW_TRANSITIONS[action];
  return transition.from.includes(from) ? transition.to(from) : undefined;
}

export function mayPerform(action: ReviewAction, role: Role | undefined): boolean {
  return role !== undefined && REVIEW_TRANSITIONS[action].roles.includes(role);
}
