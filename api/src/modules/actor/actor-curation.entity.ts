import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { GraphQLJSONObject } from 'graphql-scalars';
import { DateTime } from '../../graphql/scalars';
import { User } from '../user/user.entity';
import { Actor } from './actor.entity';

/** An editor's judgement that two actors are different people: the pair is not suggested as duplicates again. */
@Entity({ name: 'actor_judgements' })
@Check('CHK_actor_judgements_order', '"actor_a" < "actor_b"')
@Index('IDX_actor_judgements_b', ['actorB'])
export class ActorJudgement {
  @PrimaryColumn({ name: 'actor_a', type: 'uuid' })
  actorA: string;

  @PrimaryColumn({ name: 'actor_b', type: 'uuid' })
  actorB: string;

  @ManyToOne(() => Actor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actor_a' })
  a?: Actor;

  @ManyToOne(() => Actor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actor_b' })
  b?: Actor;

  @Column({ name: 'judged_by', type: 'uuid', nullable: true })
  judgedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'judged_by' })
  judge?: User | null;

  @CreateDateColumn({ name: 'judged_at', type: 'timestamptz' })
  judgedAt: Date;
}

/** A merge of one actor into another, with everything it moved, so that it can be undone. */
@ObjectType({ description: 'A merge of a duplicate actor into the one kept, undoable.' })
@Entity({ name: 'actor_merges' })
@Index('IDX_actor_merges_source', ['sourceId'])
@Index('IDX_actor_merges_target', ['targetId'])
export class ActorMerge {
  @Field(() => ID, { description: "The merge's id: pass it to undoActorMerge." })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'source_id', type: 'uuid' })
  sourceId: string;

  @ManyToOne(() => Actor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_id' })
  source?: Actor;

  @Column({ name: 'target_id', type: 'uuid' })
  targetId: string;

  @ManyToOne(() => Actor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'target_id' })
  target?: Actor;

  @Column({ name: 'merged_by', type: 'uuid', nullable: true })
  mergedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'merged_by' })
  merger?: User | null;

  @Field(() => DateTime, { description: 'When it was merged.' })
  @CreateDateColumn({ name: 'merged_at', type: 'timestamptz' })
  mergedAt: Date;

  @Field(() => GraphQLJSONObject, {
    description: 'What moved: quote, mention, role and issue-link ids, and the names added to the kept actor.',
  })
  @Column({ type: 'jsonb' })
  moved: Record<string, unknown>;

  @Field(() => DateTime, { nullable: true, description: 'When it was undone, if it was.' })
  @Column({ name: 'undone_at', type: 'timestamptz', nullable: true })
  undoneAt: Date | null;
}
