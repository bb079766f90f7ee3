import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import CheckIcon from '@mui/icons-material/Check';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import { Alert, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, DateField, useRecordContext } from 'react-admin';
import { isReviewer, useViewer } from '../auth/permissions';
import type { CuratedFieldsFragment } from '../gql/graphql';
import { RequestChangesDialog } from './RequestChangesDialog';
import { RevisionHistory } from './RevisionHistory';
import { StatusChip } from './StatusChip';
import { useWorkflowStep } from './useWorkflow';

type Curated = CuratedFieldsFragment & { id: string };

/** The review state of the record on screen, the steps the viewer may take, and its history. */
export function RecordWorkflow({ title = 'Review' }: { title?: string }) {
  const record = useRecordContext<Curated>();
  const viewer = useViewer();
  const [asking, setAsking] = useState(false);
  const submit = useWorkflowStep((dp, id: string) => dp.submitForReview(id), 'Submitted for review');
  const approve = useWorkflowStep(
    (dp, id: string, revision: number) => dp.approve(id, revision),
    'Approved: clients see this revision now',
  );
  const sendBack = useWorkflowStep((dp, id: string, note: string) => dp.requestChanges(id, note), 'Sent back to the editor');
  const assign = useWorkflowStep((dp, id: string, reviewerId: string | null) => dp.assignReviewer(id, reviewerId), 'Assignment changed');
  if (!record || !record.status) return null;

  const busy = submit.isPending || approve.isPending || sendBack.isPending || assign.isPending;
  const reviewer = isReviewer(viewer?.role);
  const ownRevision = Boolean(viewer && record.updatedBy?.id === viewer.id);
  const canSubmit = record.status === 'DRAFT' || record.status === 'CHANGES_REQUESTED';
  const inReview = record.status === 'IN_REVIEW';

  return (
    <Stack spacing={2}>
      <Card>
        <CardContent>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
            <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
              {title}
            </Typography>
            <StatusChip status={record.status} />
          </Box>
          <Typography variant="body2">
            Revision {record.version}
            {record.approvedVersion ? ` · clients see revision ${record.approvedVersion}` : ' · never approved: clients do not see it'}
          </Typography>
          {record.updatedBy && <Typography variant="body2">Last edited by {record.updatedBy.name}</Typography>}
          {record.submittedBy && (
            <Typography variant="body2">
              Submitted by {record.submittedBy.name}
              {record.submittedAt && (
                <>
                  {' '}
                  on <DateField source="submittedAt" showTime />
                </>
              )}
            </Typography>
          )}
          <Typography variant="body2">Reviewer: {record.assignedReviewer?.name ?? 'not assigned'}</Typography>
          {record.reviewNote && (
            <Alert severity={record.status === 'CHANGES_REQUESTED' ? 'warning' : 'info'} sx={{ mt: 1 }}>
              <strong>Reviewer&apos;s note:</strong> {record.reviewNote}
            </Alert>
          )}
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 2 }}>
            {canSubmit && (
              <Button label="Submit for review" variant="contained" disabled={busy} onClick={() => submit.mutate([record.id])}>
                <SendIcon />
              </Button>
            )}
            {inReview && reviewer && !ownRevision && (
              <>
                <Button
                  label={`Approve revision ${record.version}`}
                  variant="contained"
                  color="success"
                  disabled={busy}
                  onClick={() => approve.mutate([record.id, record.version])}
                >
                  <CheckIcon />
                </Button>
                <Button label="Request changes" variant="outlined" disabled={busy} onClick={() => setAsking(true)}>
                  <UndoIcon />
                </Button>
              </>
            )}
            {inReview && reviewer && record.assignedReviewer?.id !== viewer?.id && viewer && (
              <Button label="Assign to me" disabled={busy} onClick={() => assign.mutate([record.id, viewer.id])}>
                <AssignmentIndIcon />
              </Button>
            )}
          </Box>
          {inReview && reviewer && ownRevision && (
            <Alert severity="info" sx={{ mt: 1 }}>
              You made this revision: another reviewer approves it.
            </Alert>
          )}
          {inReview && !reviewer && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              Waiting for a reviewer. Editing it again takes it out of review.
            </Typography>
          )}
        </CardContent>
      </Card>
      <RevisionHistory />
      <RequestChangesDialog
        open={asking}
        label="this record"
        onCancel={() => setAsking(false)}
        onSend={(note) => {
          setAsking(false);
          sendBack.mutate([record.id, note]);
        }}
      />
    </Stack>
  );
}
