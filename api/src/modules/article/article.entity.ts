import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { Node } from '../../graphql/node';
import { CuratedRecord } from '../review/curated.entity';
import { DateTime, LocalDate } from '../../graphql/scalars';
import { Outlet } from '../outlet/outlet.entity';

@ObjectType({
  implements: [Node, CuratedRecord],
  description: 'A news article: the source that quotes and mentions point into by character offsets.',
})
@Entity({ name: 'articles' })
@Index('IDX_articles_review', ['status', 'submittedAt'])
@Index('IDX_articles_published_on', ['publishedOn', 'id'])
@Index('IDX_articles_created_at', ['createdAt', 'id'])
@Index('IDX_articles_search', { synchronize: false })
@Index('IDX_articles_title_trgm', { synchronize: false })
export class Article extends CuratedRecord {
  @Field({ description: 'Headline as published.' })
  @Column({ type: 'text' })
  title: string;

  @Field(() => LocalDate, { description: 'Publication date (YYYY-MM-DD).' })
  @Column({ name: 'published_on', type: 'date' })
  publishedOn: string;

  @Index('IDX_articles_outlet_id')
  @Column({ name: 'outlet_id', type: 'uuid', nullable: true })
  outletId: string | null;

  @ManyToOne(() => Outlet, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'outlet_id' })
  outlet?: Outlet | null;

  @Field(() => String, { nullable: true, description: 'Where the article was published online.' })
  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Field({ description: 'BCP 47 language tag of the body, e.g. "en".' })
  @Column({ type: 'text', default: 'en' })
  language: string;

  @Field({
    description: 'Full text of the article. Quote and mention offsets count Unicode code points from the start of this text.',
  })
  @Column({ type: 'text' })
  body: string;

  @Field({ description: 'SHA-256 of the normalised body: the same text cannot be stored twice.' })
  @Index('UQ_articles_content_hash', { unique: true })
  @Column({ name: 'content_hash', type: 'char', length: 64 })
  contentHash: string;

  @Column({
    name: 'search_vector',
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: "setweight(to_tsvector('english'::regconfig, title), 'A') || setweight(to_tsvector('english'::regconfig, body), 'B')",
  })
  searchVector?: string;

  @Field(() => DateTime, { description: 'When the article was stored here.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTime, { description: 'When the stored record last changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
