import { CuratedType } from '@newsroom/shared';
import { IsUUID, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';

@InputType({ description: 'Narrows the review queue.' })
export class ReviewQueueFilter {
  @Field(() => CuratedType, { nullable: true, description: 'Only records of this kind.' })
  type?: CuratedType;

  @Field({ nullable: true, description: 'Only items assigned to me.' })
  assignedToMe?: boolean;

  @Field(() => ID, { nullable: true, description: 'Only items assigned to this reviewer.' })
  @IsUUID()
  assignedReviewerId?: string;
}

@ArgsType()
export class ReviewQueueArgs extends PageArgs {
  @Field(() => ReviewQueueFilter, { nullable: true, description: 'Narrows the queue.' })
  @ValidateNested()
  filter?: ReviewQueueFilter;
}
