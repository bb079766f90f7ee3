import { Verdict, VERDICTS } from '@newsroom/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Node } from '../../graphql/node';
import { DateTime, LocalDate } from '../../graphql/scalars';
import { Quote } from '../quote/quote.entity';
import { CuratedRecord } from '../review/curated.entity';
import { User } from '../user/user.entity';

registerEnumType(Verdict, {
  name: 'Verdict',
  description: "A fact-check's rating of a quote (exported to ClaimReview with the rating and label given here).",
  valuesConfig: Object.fromEntries(
    Object.entries(VERDICTS).map(([key, info]) => [
      key,
      { description: `${info.label}: ${info.description}${info.rating ? ` ClaimReview rating ${info.rating} of 5.` : ''}` },
    ]),
  ),
});

@ObjectType({
  implements: [Node, CuratedRecord],
  description:
    'A fact-check of one quote: verdict, explanation and evidence. Reviewed like every curated record; clients see approved fact-checks only.',
})
@Entity({ name: 'fact_checks' })
@Index('IDX_fact_checks_review', ['status', 'submittedAt'])
@Index('UQ_fact_checks_quote', ['quoteId'], { unique: true })
@Index('IDX_fact_checks_verdict', ['verdict', 'checkedAt'])
export class FactCheck extends CuratedRecord {
  @Column({ name: 'quote_id', type: 'uuid' })
  quoteId: string;

  @ManyToOne(() => Quote, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'quote_id' })
  quote?: Quote;

  @Field(() => Verdict, { description: 'The rating.' })
  @Column({ type: 'enum', enum: Verdict, enumName: 'verdict' })
  verdict: Verdict;

  @Field({ description: 'The finding in a sentence or two: what is right or wrong in the quote.' })
  @Column({ type: 'text' })
  summary: string;

  @Field(() => String, { nullable: true, description: 'Context readers need next to the verdict.' })
  @Column({ type: 'text', nullable: true })
  context: string | null;

  @Column({ name: 'checked_by', type: 'uuid', nullable: true })
  checkedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'checked_by' })
  checker?: User | null;

  @Field(() => DateTime, { description: 'When the check was last changed by its checker.' })
  @Column({ name: 'checked_at', type: 'timestamptz', default: () => 'now()' })
  checkedAt: Date;

  @Field(() => DateTime, { description: 'When the record was first stored.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTime, { description: 'When the stored record last changed.' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A source that supports a fact-check.' })
@Entity({ name: 'fact_check_evidence' })
@Index('IDX_fact_check_evidence_check', ['factCheckId', 'position'])
export class FactCheckEvidence {
  @Field(() => ID, { description: "The evidence item's id." })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'fact_check_id', type: 'uuid' })
  factCheckId: string;

  @ManyToOne(() => FactCheck, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'fact_check_id' })
  factCheck?: FactCheck;

  @Field({ description: 'Where the evidence is.' })
  @Column({ type: 'text' })
  url: string;

  @Field(() => String, { nullable: true, description: 'Title of the source.' })
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'What it shows.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When the source was consulted.' })
  @Column({ name: 'accessed_on', type: 'date', nullable: true })
  accessedOn: string | null;

  @Field(() => Int, { description: 'Order among the evidence of its fact-check.' })
  @Column({ type: 'smallint', default: 0 })
  position: number;
}
