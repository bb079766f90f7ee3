import { SelectInput } from 'react-admin';
import { reviewStatusChoices } from '../shared/choices';

/** Every curated list filters by review status (the API offers it to signed-in users). */
export const statusFilter = [<SelectInput key="status" source="status" label="Review status" choices={reviewStatusChoices} alwaysOn />];
