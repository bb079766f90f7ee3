import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTime } from '../../graphql/scalars';

@ObjectType({ description: 'A publication that articles come from (a newspaper, agency, broadcaster or site).' })
@Entity({ name: 'outlets' })
@Index('UQ_outlets_name_lower', { synchronize: false })
export class Outlet {
  @Field(() => ID, { description: 'Globally unique id (a UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Name of the outlet as it presents itself, e.g. "The Korea Times". Unique, ignoring case.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Home page of the outlet.' })
  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Field(() => DateTime, { description: 'When the outlet was first recorded here.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
