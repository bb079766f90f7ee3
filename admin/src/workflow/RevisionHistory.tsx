import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import RestoreIcon from '@mui/icons-material/Restore';
import { Accordion, AccordionDetails, AccordionSummary, Alert, Box, Card, CardContent, Chip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Button, useDataProvider, useRecordContext } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider/dataProvider';
import { errorMessage } from '../dataProvider/errors';
import type { CuratedFieldsFragment } from '../gql/graphql';
import { DiffTable } from './DiffTable';
import { useWorkflowStep } from './useWorkflow';

/** Every revision of the record, newest first, each with what it changed; any older one can be restored as a new draft. */
export function RevisionHistory() {
  const record = useRecordContext<CuratedFieldsFragment & { id: string }>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { data, error, isPending } = useQuery({
    // The version is part of the key: a save or a workflow step loads the history again.
    queryKey: ['revisions', record?.id, record?.version, record?.status],
    queryFn: () => dataProvider.revisions(String(record!.id)),
    enabled: Boolean(record?.id),
  });
  const restore = useWorkflowStep(
    (dp, id: string, revision: number) => dp.restoreRevision(id, revision),
    'Restored as a new draft revision',
  );
  if (!record) return null;
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          History
        </Typography>
        {isPending && <Typography variant="body2">Loading revisions…</Typography>}
        {error && <Alert severity="error">{errorMessage(error)}</Alert>}
        {data?.map((rev, index) => (
          <Accordion key={rev.number} disableGutters defaultExpanded={index === 0} data-revision={rev.number}>
            <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls={`rev-${rev.number}`} id={`rev-${rev.number}-header`}>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                <strong>#{rev.number}</strong>
                <span>{rev.action}</span>
                <span>by {rev.author?.name ?? 'the system'}</span>
                <span>{new Date(rev.createdAt).toLocaleString()}</span>
                {rev.restoredFrom != null && <Chip size="small" label={`restores #${rev.restoredFrom}`} />}
                {rev.approvedBy && <Chip size="small" color="success" label={`approved by ${rev.approvedBy.name}`} />}
              </Box>
            </AccordionSummary>
            <AccordionDetails id={`rev-${rev.number}`}>
              <DiffTable changes={rev.changes} fromLabel="Before" toLabel="After" />
              {index > 0 && (
                <Button
                  label={`Restore revision ${rev.number}`}
                  disabled={restore.isPending}
                  onClick={() => restore.mutate([String(record.id), rev.number])}
                  sx={{ mt: 1 }}
                >
                  <RestoreIcon />
                </Button>
              )}
            </AccordionDetails>
          </Accordion>
        ))}
      </CardContent>
    </Card>
  );
}
