import { Role } from '@newsroom/shared';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DateTime } from '../../graphql/scalars';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a signed-in user may do.',
  valuesConfig: {
    EDITOR: { description: 'Imports, creates and edits records, submits them for review.' },
    REVIEWER: { description: "Everything an editor does, plus approving and sending back others' work." },
    ADMIN: { description: 'Everything a reviewer does, plus managing users and API tokens.' },
  },
});

@ObjectType({ description: 'A member of staff who signs in to curate or review.' })
@Entity({ name: 'users' })
@Index('UQ_users_email_lower', { synchronize: false })
export class User {
  @Field(() => ID, { description: "The user's id (a UUID)." })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Sign-in address, unique ignoring case.' })
  @Column({ type: 'text' })
  email: string;

  @Field({ description: 'Display name, shown on revisions and in the review queue.' })
  @Column({ type: 'text' })
  name: string;

  @Field(() => Role, { description: 'What the user may do.' })
  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role: Role;

  @Field({ description: 'Inactive users cannot sign in, and their sessions and tokens stop working at once.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** argon2id; never leaves the server. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Field(() => DateTime, { nullable: true, description: 'Last successful sign-in.' })
  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Field(() => DateTime, { description: 'When the account was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
