import { DataTable, DateField, DateInput, List, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { statusFilter } from '../../workflow/statusFilter';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Search title and body" />,
  <ReferenceInput key="outlet" source="outletId" reference="outlets" alwaysOn>
    <SelectInput label="Outlet" optionText="name" />
  </ReferenceInput>,
  <DateInput key="from" source="publishedFrom" label="Published from" alwaysOn />,
  <DateInput key="to" source="publishedTo" label="Published to" alwaysOn />,
  ...statusFilter,
];

export function ArticleList() {
  return (
    <List filters={filters} sort={{ field: 'publishedOn', order: 'DESC' }} perPage={25}>
      <DataTable rowClick="show">
        <DataTable.Col source="title" />
        <DataTable.Col source="publishedOn" label="Published" field={DateField} />
        <DataTable.Col source="outlet.name" label="Outlet" disableSort />
        <DataTable.Col source="language" disableSort />
        <DataTable.Col source="createdAt" label="Stored" field={DateField} />
      </DataTable>
    </List>
  );
}
