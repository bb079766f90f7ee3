import { CuratedType, ReviewStatus } from '@newsroom/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars';

@ObjectType({ description: 'A record waiting for review, with the diff a reviewer needs.' })
export class ReviewItem {
  @Field(() => ID, { description: "The record's id." })
  id: string;

  @Field(() => CuratedType, { description: 'Which kind of record.' })
  type: CuratedType;

  @Field({ description: 'Title, name or the start of the quote.' })
  label: string;

  @Field(() => ReviewStatus, { description: 'IN_REVIEW while it waits.' })
  status: ReviewStatus;

  @Field(() => Int, { description: 'The revision to approve: pass it to approve(id, revision).' })
  version: number;

  @Field(() => Int, { nullable: true, description: 'The revision clients see now; null when never approved.' })
  approvedVersion: number | null;

  submittedById: string | null;

  @Field(() => DateTime, { nullable: true, description: "When it was submitted: the queue's order." })
  submittedAt: Date | null;

  assignedReviewerId: string | null;

  @Field(() => String, { nullable: true, description: 'The note of an earlier request for changes, if any.' })
  reviewNote: string | null;
}
