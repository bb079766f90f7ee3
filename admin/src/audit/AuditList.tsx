import { BooleanField, DataTable, DateField, List, NullableBooleanInput, TextInput, FunctionField } from 'react-admin';

const filters = [
  <TextInput key="action" source="action" label="Action" helperText="e.g. approve, update, login" alwaysOn />,
  <TextInput key="entity" source="entityId" label="Record id" />,
  <NullableBooleanInput key="success" source="success" label="Succeeded" />,
];

export function AuditList() {
  return (
    <List filters={filters} perPage={50} sort={{ field: 'at', order: 'DESC' }} title="Audit log">
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="at" label="When" disableSort>
          <DateField source="at" showTime />
        </DataTable.Col>
        <DataTable.Col source="action" disableSort />
        <DataTable.Col source="success" disableSort field={BooleanField} />
        <DataTable.Col source="user.name" label="Who" disableSort />
        <DataTable.Col source="entityType" label="Type" disableSort />
        <DataTable.Col source="entityId" label="Record" disableSort />
        <DataTable.Col source="details" disableSort>
          <FunctionField render={(e: { details: Record<string, unknown> }) => JSON.stringify(e.details)} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
