import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDate } from '../../graphql/scalars';
import { Actor } from './actor.entity';

@ObjectType({ description: 'A post an actor held for a time, e.g. Foreign Minister of Azerbaijan from 2020-07-16.' })
@Entity({ name: 'actor_roles' })
@Check('CHK_actor_roles_dates', '"ended_on" IS NULL OR "started_on" IS NULL OR "ended_on" >= "started_on"')
@Index('IDX_actor_roles_actor', ['actorId', 'startedOn'])
export class ActorRole {
  @Field(() => ID, { description: "The role's id." })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne(() => Actor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Actor;

  @Field({ description: 'The post, e.g. "Foreign Minister" or "adviser to the President".' })
  @Column({ type: 'text' })
  title: string;

  @Index('IDX_actor_roles_organization')
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Actor, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organization_id' })
  organization?: Actor | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day in the post; null when unknown.' })
  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day in the post; null while it is held.' })
  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;
}
