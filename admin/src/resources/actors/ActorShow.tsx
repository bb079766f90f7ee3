import { Card, CardContent, Grid, Stack, Typography } from '@mui/material';
import {
  ArrayField,
  DataTable,
  DateField,
  EditButton,
  Labeled,
  Pagination,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
  TopToolbar,
  UrlField,
  useRecordContext,
} from 'react-admin';
import { actorKindChoices, deliveryChoices } from '../../shared/choices';
import { RecordWorkflow } from '../../workflow/RecordWorkflow';
import type { ActorRecord } from './actors.data';

function WikidataLink() {
  const actor = useRecordContext<ActorRecord>();
  if (!actor?.wikidataQid) return <Typography variant="body2">—</Typography>;
  return (
    <UrlField
      source="wikidataUrl"
      record={{ id: actor.id, wikidataUrl: `https://www.wikidata.org/wiki/${actor.wikidataQid}` }}
      content={actor.wikidataQid}
      target="_blank"
      rel="noreferrer"
    />
  );
}

export function ActorShow() {
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
                <TextField source="name" variant="h5" component="h1" label={false} />
                <SelectField source="kind" choices={actorKindChoices} />
                <TextArrayField source="aliases" emptyText="none" />
                <TextArrayField source="misspellings" label="Recorded misspellings" emptyText="none" />
                <TextField source="description" emptyText="—" />
                <Labeled label="Wikidata">
                  <WikidataLink />
                </Labeled>
                <ArrayField source="roles" label="Roles over time">
                  <DataTable bulkActionButtons={false} empty={<Typography variant="body2">No roles recorded.</Typography>}>
                    <DataTable.Col source="title" label="Post" />
                    <DataTable.Col source="organization.name" label="Organisation" />
                    <DataTable.Col source="startedOn" label="From" field={DateField} />
                    <DataTable.Col source="endedOn" label="To" render={(r: { endedOn?: string | null }) => r.endedOn ?? 'now'} />
                  </DataTable>
                </ArrayField>
              </SimpleShowLayout>
            </Card>
            <Card>
              <CardContent>
                <Typography variant="h6" component="h2">
                  Quotes by this actor
                </Typography>
                <ReferenceManyField
                  reference="quotes"
                  target="speakerId"
                  perPage={10}
                  sort={{ field: 'saidOn', order: 'DESC' }}
                  pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
                >
                  <DataTable rowClick="show" bulkActionButtons={false} empty={<Typography variant="body2">No quotes yet.</Typography>}>
                    <DataTable.Col
                      source="text"
                      render={(q: { text: string }) => (q.text.length > 140 ? `${q.text.slice(0, 140)}…` : q.text)}
                    />
                    <DataTable.Col source="saidOn" label="Said on" field={DateField} />
                    <DataTable.Col source="delivery">
                      <SelectField source="delivery" choices={deliveryChoices} />
                    </DataTable.Col>
                    <DataTable.Col source="article.title" label="Article" />
                  </DataTable>
                </ReferenceManyField>
              </CardContent>
            </Card>
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <RecordWorkflow />
        </Grid>
      </Grid>
    </Show>
  );
}
