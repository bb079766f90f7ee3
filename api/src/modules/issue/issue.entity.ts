import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Node } from '../../graphql/node';
import { CuratedRecord } from '../review/curated.entity';
import { DateTime } from '../../graphql/scalars';
import { Actor } from '../actor/actor.entity';

@ObjectType({
  implements: [Node, CuratedRecord],
  description: 'A political or policy topic. Issues form a tree: narrower issues sit under a parent.',
})
@Entity({ name: 'issues' })
@Index('IDX_issues_review', ['status', 'submittedAt'])
@Index('IDX_issues_title', ['title', 'id'])
@Index('IDX_issues_created_at', ['createdAt', 'id'])
@Index('IDX_issues_names_trgm', { synchronize: false })
export class Issue extends CuratedRecord {
  @Field({ description: 'Short title, e.g. "Border delimitation and demarcation".' })
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Stable, unique URL name: lower-case words joined by hyphens.' })
  @Index('UQ_issues_slug', { unique: true })
  @Column({ type: 'text' })
  slug: string;

  @Field(() => String, { nullable: true, description: 'What the issue covers.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => [String], { description: 'Other names the issue goes by.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @Index('IDX_issues_parent', ['parentId', 'title'])
  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Issue, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Issue | null;

  @Column({
    name: 'search_names',
    type: 'text',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: "newsroom_names_text(title, aliases, '{}'::text[])",
  })
  searchNames?: string;

  @Field(() => DateTime, { description: 'When the record was first stored.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTime, { description: 'When the stored record last changed (any revision, approved or not).' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Actors who play a part in an issue (parties to a dispute, mediators…). */
@Entity({ name: 'issue_actors' })
@Index('IDX_issue_actors_actor', ['actorId'])
export class IssueActor {
  @PrimaryColumn({ name: 'issue_id', type: 'uuid' })
  issueId: string;

  @PrimaryColumn({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne(() => Issue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issue_id' })
  issue?: Issue;

  @ManyToOne(() => Actor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Actor;
}
