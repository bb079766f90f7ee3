import { Delivery, QuoteKind } from '@newsroom/shared';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Node } from '../../graphql/node';
import { CuratedRecord } from '../review/curated.entity';
import { DateTime, LocalDate } from '../../graphql/scalars';
import { Actor } from '../actor/actor.entity';
import { Article } from '../article/article.entity';
import { Issue } from '../issue/issue.entity';

registerEnumType(QuoteKind, {
  name: 'QuoteKind',
  description: 'Whether a quote reproduces the words as said or reports them.',
  valuesConfig: {
    DIRECT: { description: "The speaker's own words, verbatim, inside quotation marks in the article." },
    PARAPHRASE: { description: "Reported speech: the article's words for what the speaker said." },
  },
});

registerEnumType(Delivery, {
  name: 'Delivery',
  description: 'How the words reached the article.',
  valuesConfig: {
    INTERVIEW: { description: 'An interview given to a medium.' },
    READOUT: { description: 'An official account of a call or meeting.' },
    PRESS_CONFERENCE: { description: 'Said at a press conference or briefing.' },
    STATEMENT: { description: 'A written or spoken statement, speech or declaration.' },
    MEDIA_REPORT: { description: "Taken from other media's reporting." },
    SOCIAL_MEDIA: { description: 'Posted on social media.' },
    OTHER: { description: 'Anything else; say what in deliveryContext.' },
  },
});

@ObjectType({
  implements: [Node, CuratedRecord],
  description: 'Words attributed to an actor in an article, tied to their exact place in the article body.',
})
@Entity({ name: 'quotes' })
@Index('IDX_quotes_review', ['status', 'submittedAt'])
@Check('CHK_quotes_offsets', '"start_offset" >= 0 AND "end_offset" > "start_offset"')
@Index('IDX_quotes_said_on', ['saidOn', 'id'])
@Index('IDX_quotes_created_at', ['createdAt', 'id'])
@Index('IDX_quotes_speaker', ['speakerId', 'saidOn', 'id'])
@Index('IDX_quotes_article', ['articleId', 'startOffset'])
@Index('IDX_quotes_kind', ['kind', 'saidOn', 'id'])
@Index('IDX_quotes_delivery', ['delivery', 'saidOn', 'id'])
@Index('IDX_quotes_search', { synchronize: false })
export class Quote extends CuratedRecord {
  @Field({ description: 'The words exactly as they appear in the article body between startOffset and endOffset.' })
  @Column({ type: 'text' })
  text: string;

  @Field(() => QuoteKind, { description: 'DIRECT (verbatim, in quotation marks) or PARAPHRASE (reported speech).' })
  @Column({ type: 'enum', enum: QuoteKind, enumName: 'quote_kind' })
  kind: QuoteKind;

  @Column({ name: 'speaker_id', type: 'uuid' })
  speakerId: string;

  @ManyToOne(() => Actor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'speaker_id' })
  speaker?: Actor;

  @Column({ name: 'article_id', type: 'uuid' })
  articleId: string;

  @ManyToOne(() => Article, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'article_id' })
  article?: Article;

  @Field(() => Int, { description: 'Offset of the first character in the article body, in Unicode code points.' })
  @Column({ name: 'start_offset', type: 'int' })
  startOffset: number;

  @Field(() => Int, { description: 'Offset just past the last character (exclusive), in Unicode code points.' })
  @Column({ name: 'end_offset', type: 'int' })
  endOffset: number;

  @Field(() => LocalDate, { description: "When the words were said; defaults to the article's publication date." })
  @Column({ name: 'said_on', type: 'date' })
  saidOn: string;

  @Field(() => Delivery, { description: 'How the words reached the article.' })
  @Column({ type: 'enum', enum: Delivery, enumName: 'quote_delivery' })
  delivery: Delivery;

  @Field(() => String, {
    nullable: true,
    description: 'Where and how, in words: "interview with the Korea Times", "press conference in Ankara".',
  })
  @Column({ name: 'delivery_context', type: 'text', nullable: true })
  deliveryContext: string | null;

  @Column({
    name: 'search_vector',
    type: 'tsvector',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: "to_tsvector('english'::regconfig, text)",
  })
  searchVector?: string;

  @Field(() => DateTime, { description: 'When the record was first stored.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTime, { description: 'When the stored record last changed (any revision, approved or not).' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Further speakers of a quote said jointly ("the two presidents said"); the first speaker is `quotes.speaker_id`. */
@Entity({ name: 'quote_co_speakers' })
@Index('IDX_quote_co_speakers_actor', ['actorId'])
export class QuoteCoSpeaker {
  @PrimaryColumn({ name: 'quote_id', type: 'uuid' })
  quoteId: string;

  @PrimaryColumn({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @ManyToOne(() => Quote, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quote_id' })
  quote?: Quote;

  @ManyToOne(() => Actor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: Actor;

  @Column({ type: 'smallint', default: 0 })
  position: number;
}

@Entity({ name: 'quote_issues' })
// An issue's quotes newest first, a page at a time (see migration QuoteIssueOrder).
@Index('IDX_quote_issues_issue_said_on', ['issueId', 'saidOn', 'quoteId'])
export class QuoteIssue {
  @PrimaryColumn({ name: 'quote_id', type: 'uuid' })
  quoteId: string;

  @PrimaryColumn({ name: 'issue_id', type: 'uuid' })
  issueId: string;

  /** The quote's said_on, copied by a trigger (never written by the application). */
  @Column({ name: 'said_on', type: 'date', insert: false, update: false })
  saidOn?: string;

  @ManyToOne(() => Quote, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quote_id' })
  quote?: Quote;

  @ManyToOne(() => Issue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issue_id' })
  issue?: Issue;
}
