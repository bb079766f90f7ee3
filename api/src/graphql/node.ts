import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType({ description: 'Anything with a globally unique id; fetch any of them with node(id).' })
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique id (a UUID): unique across all types.' })
  id: string;
}
