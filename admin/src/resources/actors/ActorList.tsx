import { DataTable, DateField, List, SearchInput, SelectField, SelectInput, TextArrayField } from 'react-admin';
import { actorKindChoices } from '../../shared/choices';
import { statusFilter } from '../../workflow/statusFilter';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name, alias or misspelling" />,
  <SelectInput key="kind" source="kind" choices={actorKindChoices} alwaysOn />,
  ...statusFilter,
];

export function ActorList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
      <DataTable rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="kind" disableSort>
          <SelectField source="kind" choices={actorKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="aliases" disableSort>
          <TextArrayField source="aliases" />
        </DataTable.Col>
        <DataTable.Col source="wikidataQid" label="Wikidata" disableSort />
        <DataTable.Col source="createdAt" label="Recorded" field={DateField} />
      </DataTable>
    </List>
  );
}
