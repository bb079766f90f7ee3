import { Card, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import {
  BooleanInput,
  DataTable,
  DateField,
  List,
  ReferenceInput,
  SearchInput,
  AutocompleteInput,
  TextArrayField,
  Title,
} from 'react-admin';
import { statusFilter } from '../../workflow/statusFilter';
import { IssueTree } from './IssueTree';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Title, alias or description" />,
  <BooleanInput key="root" source="root" label="Top level only" />,
  <ReferenceInput key="parent" source="parentId" reference="issues">
    <AutocompleteInput label="Directly under" optionText="title" filterToQuery={(q) => ({ q })} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  ...statusFilter,
];

export function IssueList() {
  const [view, setView] = useState<'table' | 'tree'>('table');
  return (
    <>
      <Tabs value={view} onChange={(_, v) => setView(v)} aria-label="Issue view" sx={{ mt: 1 }}>
        <Tab value="table" label="Table" />
        <Tab value="tree" label="Tree" />
      </Tabs>
      {view === 'table' ? (
        <List filters={filters} sort={{ field: 'title', order: 'ASC' }} perPage={25}>
          <DataTable rowClick="show">
            <DataTable.Col source="title" />
            <DataTable.Col source="slug" disableSort />
            <DataTable.Col source="parent.title" label="Under" disableSort />
            <DataTable.Col source="aliases" disableSort>
              <TextArrayField source="aliases" />
            </DataTable.Col>
            <DataTable.Col source="createdAt" label="Recorded" field={DateField} />
          </DataTable>
        </List>
      ) : (
        <Card sx={{ mt: 1 }}>
          <Title title="Issues" />
          <IssueTree />
        </Card>
      )}
    </>
  );
}
