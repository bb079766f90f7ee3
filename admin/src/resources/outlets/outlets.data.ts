import { OutletListDocument } from '../../gql/graphql';
import { operation } from '../../dataProvider/operation';
import type { ResourceDefinition } from '../../dataProvider/resource';

/** The API returns every outlet at once (a short list): react-admin filters and pages it in memory. */
export const outletData: ResourceDefinition = {
  paged: false,
  list: () => operation(OutletListDocument, {}, (d) => ({ data: d.outlets, total: d.outlets.length })),
};
