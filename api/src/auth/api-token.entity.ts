import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DateTime } from '../graphql/scalars';
import { User } from '../modules/user/user.entity';

@ObjectType({ description: 'A personal token for scripts (Authorization: Bearer …). Only its hash is stored; the token is shown once.' })
@Entity({ name: 'api_tokens' })
@Index('IDX_api_tokens_user', ['userId'])
export class ApiToken {
  @Field(() => ID, { description: "The token's id (not the token)." })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field({ description: 'What the token is for, e.g. "nightly import".' })
  @Column({ type: 'text' })
  name: string;

  @Index('UQ_api_tokens_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Field(() => DateTime, { description: 'When it was created.' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTime, { nullable: true, description: 'Last request made with it.' })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'Set when revoked; a revoked token no longer works.' })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
