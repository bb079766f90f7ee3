import {
  AutocompleteInput,
  BooleanInput,
  DataTable,
  DateField,
  DateInput,
  List,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
} from 'react-admin';
import { deliveryChoices, quoteKindChoices } from '../../shared/choices';
import { statusFilter } from '../../workflow/statusFilter';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Search quote text" />,
  <ReferenceInput key="speaker" source="speakerId" reference="actors" alwaysOn>
    <AutocompleteInput label="Speaker" optionText="name" filterToQuery={(q) => ({ q })} sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={quoteKindChoices} />,
  <SelectInput key="delivery" source="delivery" choices={deliveryChoices} />,
  <ReferenceInput key="issue" source="issueId" reference="issues">
    <AutocompleteInput label="Issue" optionText="title" filterToQuery={(q) => ({ q })} sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <BooleanInput key="sub" source="includeSubIssues" label="Include sub-issues" />,
  <ReferenceInput key="article" source="articleId" reference="articles">
    <AutocompleteInput label="Article" optionText="title" filterToQuery={(q) => ({ q })} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <DateInput key="from" source="saidFrom" label="Said from" />,
  <DateInput key="to" source="saidTo" label="Said to" />,
  <SelectInput
    key="factCheck"
    source="hasFactCheck"
    label="Fact-check"
    choices={[
      { id: 'true', name: 'With a fact-check' },
      { id: 'false', name: 'Without a fact-check' },
    ]}
  />,
  ...statusFilter,
];

const excerpt = (q: { text: string }) => (q.text.length > 160 ? `${q.text.slice(0, 160)}…` : q.text);

export function QuoteList() {
  return (
    <List filters={filters} sort={{ field: 'saidOn', order: 'DESC' }} perPage={25}>
      <DataTable rowClick="show">
        <DataTable.Col source="text" disableSort render={excerpt} />
        <DataTable.Col source="speaker.name" label="Speaker" disableSort />
        <DataTable.Col source="kind" disableSort>
          <SelectField source="kind" choices={quoteKindChoices} />
        </DataTable.Col>
        <DataTable.Col source="delivery" disableSort>
          <SelectField source="delivery" choices={deliveryChoices} />
        </DataTable.Col>
        <DataTable.Col source="saidOn" label="Said on" field={DateField} />
        <DataTable.Col source="article.title" label="Article" disableSort />
      </DataTable>
    </List>
  );
}
