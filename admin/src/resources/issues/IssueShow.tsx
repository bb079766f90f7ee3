import { Box, Card, CardContent, Chip, Grid, Stack, Typography } from '@mui/material';
import {
  DataTable,
  DateField,
  EditButton,
  Labeled,
  Link,
  Pagination,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { useState } from 'react';
import { FormControlLabel, Switch } from '@mui/material';
import { deliveryChoices } from '../../shared/choices';
import { RecordWorkflow } from '../../workflow/RecordWorkflow';
import type { IssueRecord } from './issues.data';

function Parent() {
  const issue = useRecordContext<IssueRecord>();
  if (!issue?.parent) return <Typography variant="body2">— (top level)</Typography>;
  return <Link to={`/issues/${issue.parent.id}/show`}>{issue.parent.title}</Link>;
}

function Children() {
  const issue = useRecordContext<IssueRecord>();
  if (!issue) return null;
  if (!issue.children?.length) return <Typography variant="body2">none</Typography>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 3 }}>
      {issue.children.map((c) => (
        <li key={c.id}>
          <Link to={`/issues/${c.id}/show`}>{c.title}</Link>
        </li>
      ))}
    </Box>
  );
}

function Actors() {
  const issue = useRecordContext<IssueRecord>();
  if (!issue) return null;
  if (!issue.actors?.length) return <Typography variant="body2">none</Typography>;
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      {issue.actors.map((a) => (
        <Chip key={a.id} label={a.name} component={Link} to={`/actors/${a.id}/show`} clickable />
      ))}
    </Box>
  );
}

function IssueQuotes() {
  const [withSub, setWithSub] = useState(true);
  return (
    <Card>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="h6" component="h2">
            Quotes on this issue
          </Typography>
          <FormControlLabel
            control={<Switch checked={withSub} onChange={(e) => setWithSub(e.target.checked)} />}
            label="Include sub-issues"
          />
        </Box>
        <ReferenceManyField
          reference="quotes"
          target="issueId"
          filter={{ includeSubIssues: withSub }}
          perPage={10}
          sort={{ field: 'saidOn', order: 'DESC' }}
          pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
        >
          <DataTable rowClick="show" bulkActionButtons={false} empty={<Typography variant="body2">No quotes yet.</Typography>}>
            <DataTable.Col source="text" render={(q: { text: string }) => (q.text.length > 140 ? `${q.text.slice(0, 140)}…` : q.text)} />
            <DataTable.Col source="speaker.name" label="Speaker" />
            <DataTable.Col source="saidOn" label="Said on" field={DateField} />
            <DataTable.Col source="delivery">
              <SelectField source="delivery" choices={deliveryChoices} />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
}

export function IssueShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
      component="div"
    >
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 8 }}>
          <Stack spacing={2}>
            <Card>
              <SimpleShowLayout>
                <TextField source="title" variant="h5" component="h1" label={false} />
                <TextField source="slug" />
                <Labeled label="Under">
                  <Parent />
                </Labeled>
                <Labeled label="Narrower issues">
                  <Children />
                </Labeled>
                <TextArrayField source="aliases" emptyText="none" />
                <TextField source="description" emptyText="—" />
                <Labeled label="Actors who are parties">
                  <Actors />
                </Labeled>
              </SimpleShowLayout>
            </Card>
            <IssueQuotes />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <RecordWorkflow />
        </Grid>
      </Grid>
    </Show>
  );
}
