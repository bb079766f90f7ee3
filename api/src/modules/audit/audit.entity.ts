import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTime } from '../../graphql/scalars';

/** Append-only: a database trigger refuses UPDATE and DELETE on this table. */
@ObjectType({ description: 'One audited event: a sign-in, a refused access, or a change.' })
@Entity({ name: 'audit_log' })
@Index('IDX_audit_log_at', ['at'])
@Index('IDX_audit_log_entity', ['entityId', 'at'])
@Index('IDX_audit_log_user', ['userId', 'at'])
@Index('IDX_audit_log_action', ['action', 'at'])
export class AuditEntry {
  @Field(() => ID, { description: 'Sequence number of the event.' })
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Field(() => DateTime, { description: 'When it happened.' })
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Field({ description: 'login, logout, create, update, delete, submitForReview, approve, requestChanges, restoreRevision, forbidden …' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => String, { nullable: true, description: 'ARTICLE, ACTOR, QUOTE, ISSUE, USER or API_TOKEN.' })
  @Column({ name: 'entity_type', type: 'text', nullable: true })
  entityType: string | null;

  @Field(() => ID, { nullable: true, description: 'The record acted on, if any.' })
  @Column({ name: 'entity_id', type: 'uuid', nullable: true })
  entityId: string | null;

  @Field(() => String, { nullable: true, description: 'The HTTP request (X-Request-Id) it happened in.' })
  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  @Field({ description: 'false for refused sign-ins and refused access.' })
  @Column({ type: 'boolean', default: true })
  success: boolean;

  @Field(() => GraphQLJSONObject, { description: 'What changed or why it failed. Never passwords, tokens or session ids.' })
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
