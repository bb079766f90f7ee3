import { BooleanField, DataTable, DateField, List, NullableBooleanInput, SearchInput, SelectField, SelectInput } from 'react-admin';
import { roleChoices } from '../../shared/choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name or email" />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <NullableBooleanInput key="active" source="active" label="Active" alwaysOn />,
];

export function UserList() {
  return (
    <List filters={filters} perPage={25} sort={{ field: 'name', order: 'ASC' }}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="email" disableSort />
        <DataTable.Col source="role" disableSort>
          <SelectField source="role" choices={roleChoices} />
        </DataTable.Col>
        <DataTable.Col source="active" disableSort field={BooleanField} />
        <DataTable.Col source="lastLoginAt" label="Last sign-in" disableSort>
          <DateField source="lastLoginAt" showTime emptyText="never" />
        </DataTable.Col>
        <DataTable.Col source="createdAt" label="Created" disableSort field={DateField} />
      </DataTable>
    </List>
  );
}
