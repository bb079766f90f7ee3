import { ActorKind } from '@newsroom/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { Node } from '../../graphql/node';
import { CuratedRecord } from '../review/curated.entity';
import { DateTime } from '../../graphql/scalars';

registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'What kind of thing an actor is.',
  valuesConfig: {
    PERSON: { description: 'A human being.' },
    ORGANIZATION: { description: 'A company, party, NGO, alliance or other organisation.' },
    COUNTRY: { description: 'A state, as a party to events.' },
    GOVERNMENT_BODY: { description: 'A ministry, office or agency, e.g. the Kremlin.' },
    MEDIA: { description: 'A news medium or outlet acting in the story, e.g. where an interview was given.' },
  },
});

@ObjectType({
  implements: [Node, CuratedRecord],
  description: 'A person, organisation, country, government body or medium that speaks or is mentioned.',
})
@Entity({ name: 'actors' })
@Index('IDX_actors_review', ['status', 'submittedAt'])
@Index('IDX_actors_kind', ['kind', 'name', 'id'])
@Index('IDX_actors_name', ['name', 'id'])
@Index('IDX_actors_created_at', ['createdAt', 'id'])
@Index('IDX_actors_names_trgm', { synchronize: false })
export class Actor extends CuratedRecord {
  @Field(() => ActorKind, { description: 'Person, organisation, country, government body or medium.' })
  @Column({ type: 'enum', enum: ActorKind, enumName: 'actor_kind' })
  kind: ActorKind;

  @Field({ description: 'Canonical name, spelled correctly, e.g. "Vladimir Putin".' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => [String], { description: 'Other real names and forms of the name ("Putin", "V. V. Putin").' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases: string[];

  @Field(() => [String], {
    description:
      'Misspellings seen in sources ("Vladmir Putin"). Kept apart from aliases: they are errors, recorded so that they are recognised, never shown as a name.',
  })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  misspellings: string[];

  @Field(() => String, { nullable: true, description: 'Who or what this is, in a sentence.' })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Wikidata item id, e.g. "Q7747". Unique when present.' })
  @Index('UQ_actors_wikidata_qid', { unique: true, where: 'wikidata_qid IS NOT NULL' })
  @Column({ name: 'wikidata_qid', type: 'text', nullable: true })
  wikidataQid: string | null;

  /** Name, aliases and misspellings in one lower-case string, for trigram search. */
  @Column({
    name: 'search_names',
    type: 'text',
    select: false,
    insert: false,
    update: false,
    generatedType: 'STORED',
    asExpression: 'newsroom_names_text(name, aliases, misspellings)',
  })
  searchNames?: string;

  @Field(() => DateTime, { description: 'When the record was first stored.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTime, { description: 'When the stored record last changed (any revision, approved or not).' })
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
