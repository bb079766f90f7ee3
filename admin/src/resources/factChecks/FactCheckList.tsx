import { DataTable, DateField, List, SelectInput, type RaRecord } from 'react-admin';
import { statusFilter } from '../../workflow/statusFilter';
import { StatusChip } from '../../workflow/StatusChip';
import type { FactCheckRecord } from './factChecks.data';
import { VerdictChip } from './FactCheckPanel';
import { verdictChoices } from './verdictChoices';

const filters = [<SelectInput key="verdict" source="verdict" choices={verdictChoices} alwaysOn />, ...statusFilter];

const excerpt = (text: string) => (text.length > 120 ? `${text.slice(0, 120)}…` : text);

/** Every fact-check, newest check first; a row opens the quote, where the fact-check is edited. */
export function FactCheckList() {
  return (
    <List filters={filters} sort={{ field: 'checkedAt', order: 'DESC' }} perPage={25} title="Fact-checks">
      <DataTable rowClick={(_id: unknown, _resource: string, record: RaRecord) => `/quotes/${(record as FactCheckRecord).quoteId}/show`}>
        <DataTable.Col source="verdict" disableSort render={(r: FactCheckRecord) => <VerdictChip verdict={r.verdict} />} />
        <DataTable.Col source="quote.text" label="Quote" disableSort render={(r: FactCheckRecord) => `“${excerpt(r.quote.text)}”`} />
        <DataTable.Col source="quote.speaker.name" label="Speaker" disableSort />
        <DataTable.Col source="summary" disableSort render={(r: FactCheckRecord) => excerpt(r.summary)} />
        <DataTable.Col source="status" disableSort render={(r: FactCheckRecord) => <StatusChip status={r.status} />} />
        <DataTable.Col source="checkedBy.name" label="Checked by" disableSort />
        <DataTable.Col source="checkedAt" label="Checked" field={DateField} />
      </DataTable>
    </List>
  );
}
