import { CuratedType } from '@newsroom/shared';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../user/user.entity';
import { DateTime } from '../../graphql/scalars';

registerEnumType(CuratedType, {
  name: 'CuratedType',
  description: 'The record types that go through review.',
  valuesConfig: {
    ARTICLE: { description: 'An article.' },
    ACTOR: { description: 'An actor.' },
    QUOTE: { description: 'A quote.' },
    ISSUE: { description: 'An issue.' },
    FACT_CHECK: { description: 'A fact-check of a quote.' },
  },
});

@ObjectType({ description: 'One field that differs between two revisions.' })
export class FieldChange {
  @Field({ description: 'The field (as in the update input), e.g. "text" or "issueIds".' })
  field: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value before.' })
  from: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value after.' })
  to: unknown;
}

/** Every change to a curated record, with the full record as it stood after it. Never rewritten. */
@ObjectType({ description: 'A numbered state of a record: who made it, when, the whole record, and what changed.' })
@Entity({ name: 'revisions' })
@Index('UQ_revisions_entity_number', ['entityId', 'number'], { unique: true })
export class Revision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'entity_type', type: 'enum', enum: CuratedType, enumName: 'curated_type' })
  entityType: CuratedType;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Field(() => Int, { description: 'Revision number: 1, 2, 3… per record.' })
  @Column({ type: 'int' })
  number: number;

  @Field({ description: 'create, update, delete, restore or seed.' })
  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  // History keeps its authors: users are deactivated, never deleted.
  @ManyToOne(() => User, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: User | null;

  @Field(() => DateTime, { description: 'When it was made.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLJSONObject, { description: 'The whole record after this revision, links included.' })
  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  @Field(() => [FieldChange], { description: 'What this revision changed compared with the one before.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes: FieldChange[];

  @Field(() => Int, { nullable: true, description: 'When restored: the revision whose content this one brought back.' })
  @Column({ name: 'restored_from', type: 'int', nullable: true })
  restoredFrom: number | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'approved_by' })
  approver?: User | null;

  @Field(() => DateTime, { nullable: true, description: 'When it was approved, if it was.' })
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;
}
