import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Actor } from '../actor/actor.entity';
import { Article } from './article.entity';

@ObjectType({ description: 'A place in an article body where an actor is named, spelled as the article spells it.' })
@Entity({ name: 'article_mentions' })
@Check('CHK_article_mentions_offsets', '"start_offset" >= 0 AND "end_offset" > "start_offset"')
@Index('IDX_article_mentions_article', ['articleId', 'startOffset'])
@Index('IDX_article_mentions_actor', ['actorId', 'articleId'])
export class ArticleMention {
  @Field(() => ID, { description: "The mention's id." })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @ManyToOne(() => Article, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne(() => Actor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Actor;

  @Field(() => Int, { description: 'Offset of the first character, in Unicode code points.' })
  @Column({ name: 'start_offset', type: 'int' })
  startOffset: number;

  @Field(() => Int, { description: 'Offset just past the last character (exclusive).' })
  @Column({ name: 'end_offset', type: 'int' })
  endOffset: number;

  @Field({ description: 'The text at the offsets, e.g. "Vladmir Putin" even when misspelt.' })
  @Column({ type: 'text' })
  text: string;
}
