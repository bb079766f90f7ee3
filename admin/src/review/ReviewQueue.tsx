import CheckIcon from '@mui/icons-material/Check';
import UndoIcon from '@mui/icons-material/Undo';
import { Box, Typography } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import {
  BooleanInput,
  Button,
  DataTable,
  DateField,
  Link,
  List,
  SelectField,
  SelectInput,
  useDataProvider,
  useListContext,
  useNotify,
  useRecordContext,
  useRefresh,
  useUnselectAll,
} from 'react-admin';
import { isReviewer, useViewer } from '../auth/permissions';
import type { ConsoleDataProvider } from '../dataProvider/dataProvider';
import { errorMessage } from '../dataProvider/errors';
import { curatedTypeChoices } from '../shared/choices';
import { DiffTable } from '../workflow/DiffTable';
import { RequestChangesDialog } from '../workflow/RequestChangesDialog';
import { StatusChip } from '../workflow/StatusChip';
import { useWorkflowStep } from '../workflow/useWorkflow';
import { itemPath, type ReviewItemRecord } from './review.data';

const filters = [
  <SelectInput key="type" source="type" choices={curatedTypeChoices} alwaysOn />,
  <BooleanInput key="mine" source="assignedToMe" label="Assigned to me" alwaysOn />,
];

function Diff() {
  const item = useRecordContext<ReviewItemRecord>();
  if (!item) return null;
  return (
    <Box sx={{ p: 1 }} data-testid="review-diff">
      <Typography variant="subtitle2" component="h3" gutterBottom>
        {item.approvedVersion
          ? `Revision ${item.version} against approved revision ${item.approvedVersion}`
          : `Revision ${item.version}, never approved: every field is new`}
      </Typography>
      <DiffTable changes={item.changes} />
    </Box>
  );
}

function Label() {
  const item = useRecordContext<ReviewItemRecord>();
  if (!item) return null;
  const to = itemPath(item);
  if (!to) return <span>{item.label}</span>;
  return (
    <Link to={to} onClick={(e: MouseEvent) => e.stopPropagation()}>
      {item.label}
    </Link>
  );
}

function RowActions() {
  const item = useRecordContext<ReviewItemRecord>();
  const viewer = useViewer();
  const [asking, setAsking] = useState(false);
  const approve = useWorkflowStep((dp, id: string, revision: number) => dp.approve(id, revision), 'Approved');
  const sendBack = useWorkflowStep((dp, id: string, note: string) => dp.requestChanges(id, note), 'Sent back to the editor');
  if (!item || !isReviewer(viewer?.role)) return null;
  if (item.node.updatedBy?.id === viewer?.id) {
    return (
      <Typography variant="body2" color="text.secondary">
        Your revision
      </Typography>
    );
  }
  const busy = approve.isPending || sendBack.isPending;
  return (
    <Box sx={{ display: 'flex', gap: 1 }} onClick={(e) => e.stopPropagation()}>
      <Button label="Approve" color="success" variant="contained" disabled={busy} onClick={() => approve.mutate([item.id, item.version])}>
        <CheckIcon />
      </Button>
      <Button label="Request changes" disabled={busy} onClick={() => setAsking(true)}>
        <UndoIcon />
      </Button>
      <RequestChangesDialog
        open={asking}
        label={`“${item.label}”`}
        onCancel={() => setAsking(false)}
        onSend={(note) => {
          setAsking(false);
          sendBack.mutate([item.id, note]);
        }}
      />
    </Box>
  );
}

/** Approves every selected item at the revision shown; reports the ones the API refused. */
function BulkApproveButton() {
  const { selectedIds, data, resource } = useListContext<ReviewItemRecord>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll(resource);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    // A quote cannot be approved before the new issue it links to: retry what failed while each pass approves something.
    let pending = selectedIds.map((id) => data?.find((d) => d.id === id)).filter((d): d is ReviewItemRecord => Boolean(d));
    let failures: string[] = [];
    let approved = 0;
    for (let progress = true; progress && pending.length > 0;) {
      const failed: ReviewItemRecord[] = [];
      failures = [];
      for (const item of pending) {
        try {
          await dataProvider.approve(item.id, item.version);
          approved++;
        } catch (error) {
          failed.push(item);
          failures.push(`${item.label}: ${errorMessage(error)}`);
        }
      }
      progress = failed.length < pending.length;
      pending = failed;
    }
    setBusy(false);
    unselectAll();
    refresh();
    notify(failures.length ? `Approved ${approved}; not approved: ${failures.join(' · ')}` : `Approved ${approved}`, {
      type: failures.length ? 'warning' : 'success',
      autoHideDuration: failures.length ? 15_000 : 4_000,
    });
  };
  return (
    <Button label="Approve selected" onClick={run} disabled={busy}>
      <CheckIcon />
    </Button>
  );
}

export function ReviewQueue() {
  const viewer = useViewer();
  const reviewer = isReviewer(viewer?.role);
  return (
    <List
      resource="review"
      filters={filters}
      perPage={25}
      sort={{ field: 'submittedAt', order: 'ASC' }}
      title="Review queue"
      empty={<Typography sx={{ p: 3 }}>Nothing waits for review.</Typography>}
    >
      <DataTable expand={<Diff />} expandSingle={false} bulkActionButtons={reviewer ? <BulkApproveButton /> : false} rowClick="expand">
        <DataTable.Col source="type" disableSort>
          <SelectField source="type" choices={curatedTypeChoices} />
        </DataTable.Col>
        <DataTable.Col source="label" label="Record" disableSort>
          <Label />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort render={(r: ReviewItemRecord) => <StatusChip status={r.status} />} />
        <DataTable.Col source="version" label="Revision" disableSort />
        <DataTable.Col source="submittedBy.name" label="Submitted by" disableSort />
        <DataTable.Col source="submittedAt" label="Submitted" disableSort field={DateField} />
        <DataTable.Col source="assignedReviewer.name" label="Reviewer" disableSort />
        <DataTable.Col label="Decision" disableSort>
          <RowActions />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
