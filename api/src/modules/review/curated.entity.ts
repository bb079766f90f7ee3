import { ReviewStatus } from '@newsroom/shared';
import { Field, ID, Int, InterfaceType, registerEnumType } from 'type-graphql';
import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../user/user.entity';
import { DateTime } from '../../graphql/scalars';
import { Node } from '../../graphql/node';

registerEnumType(ReviewStatus, {
  name: 'ReviewStatus',
  description: 'Where a record stands in review.',
  valuesConfig: {
    DRAFT: { description: 'Being edited; not yet submitted.' },
    IN_REVIEW: { description: 'Submitted; waiting for a reviewer.' },
    CHANGES_REQUESTED: { description: 'Sent back with a note; resubmit after editing.' },
    APPROVED: { description: 'The latest revision is approved and public.' },
  },
});

/**
 * Review and revision state shared by articles, actors, quotes and issues.
 * Each type's table also has a `published_` twin holding its approved revision:
 * anonymous clients read only those.
 */
@InterfaceType('Curated', {
  implements: Node,
  description: 'A record that moves through review: DRAFT → IN_REVIEW → APPROVED (or CHANGES_REQUESTED and back).',
})
export abstract class CuratedRecord {
  @Field(() => ID, { description: 'Globally unique id (a UUID): unique across all types, so node(id) finds it.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ReviewStatus, { description: 'Review state of the latest revision. Anonymous clients only ever see APPROVED.' })
  @Column({ type: 'enum', enum: ReviewStatus, enumName: 'review_status', default: ReviewStatus.DRAFT })
  status: ReviewStatus;

  @Field(() => Int, { description: 'Number of the latest revision. Send it as expectedVersion when updating.' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => Int, { nullable: true, description: 'Number of the revision clients see; null when never approved.' })
  @Column({ name: 'approved_version', type: 'int', nullable: true })
  approvedVersion: number | null;

  @Field(() => String, { nullable: true, description: "The reviewer's note when changes were requested. Staff only (null for clients)." })
  @Column({ name: 'review_note', type: 'text', nullable: true })
  reviewNote: string | null;

  @Field(() => User, { nullable: true, description: 'Who submitted the latest revision for review. Staff only.' })
  submittedBy?: User | null;

  @Field(() => User, { nullable: true, description: 'The reviewer asked to look at it, if any. Staff only.' })
  assignedReviewer?: User | null;

  @Field(() => User, { nullable: true, description: 'Who made the latest revision. Staff only.' })
  updatedBy?: User | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'submitted_by' })
  submitter?: User | null;

  @Field(() => DateTime, { nullable: true, description: 'When the latest revision was submitted for review.' })
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'assigned_reviewer_id', type: 'uuid', nullable: true })
  assignedReviewerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'assigned_reviewer_id' })
  reviewer?: User | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by' })
  creator?: User | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'updated_by' })
  updater?: User | null;

  /** The version at which changes were requested: resubmitting needs a newer one. */
  @Column({ name: 'changes_requested_version', type: 'int', nullable: true })
  changesRequestedVersion: number | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'Set when the record was deleted; deleted records are hidden from lists and clients.',
  })
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
