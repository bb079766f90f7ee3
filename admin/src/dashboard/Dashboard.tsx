import { Alert, Box, Card, CardContent, Grid, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link, Title, useGetList } from 'react-admin';
import { isReviewer, useViewer } from '../auth/permissions';
import { errorMessage } from '../dataProvider/errors';
import type { AuditEntryFieldsFragment } from '../gql/graphql';
import { itemPath, pathOf, type ReviewItemRecord } from '../review/review.data';

function CardTitle({ title, subheader }: { title: string; subheader?: string }) {
  return (
    <Box sx={{ px: 2, pt: 2, pb: 1 }}>
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      {subheader && (
        <Typography variant="body2" color="text.secondary">
          {subheader}
        </Typography>
      )}
    </Box>
  );
}

function AwaitingReview() {
  const { data, total, isPending, error } = useGetList<ReviewItemRecord>('review', { pagination: { page: 1, perPage: 6 } });
  return (
    <Card sx={{ height: '100%' }}>
      <CardTitle title="Awaiting review" subheader={isPending ? '…' : `${total ?? 0} item${total === 1 ? '' : 's'}, oldest first`} />
      <CardContent sx={{ pt: 0 }}>
        {error && <Alert severity="error">{errorMessage(error)}</Alert>}
        {data?.length === 0 && <Typography variant="body2">Nothing waits for review.</Typography>}
        <List dense disablePadding>
          {data?.map((item) => (
            <ListItem key={item.id} disablePadding>
              <ListItemButton component={Link} to={itemPath(item) ?? '/review'}>
                <ListItemText
                  primary={item.label}
                  secondary={`${item.type.toLowerCase()} · revision ${item.version} · by ${item.submittedBy?.name ?? '—'}`}
                />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
        {(total ?? 0) > 0 && <Link to="/review">Open the review queue</Link>}
      </CardContent>
    </Card>
  );
}

const CURATED_TYPES = ['ARTICLE', 'ACTOR', 'QUOTE', 'ISSUE', 'FACT_CHECK'] as const;

function RecentApprovals() {
  const { data, isPending, error } = useGetList<AuditEntryFieldsFragment>('audit', {
    pagination: { page: 1, perPage: 8 },
    filter: { action: 'approve', success: true },
  });
  return (
    <Card sx={{ height: '100%' }}>
      <CardTitle title="Recent approvals" />
      <CardContent sx={{ pt: 0 }}>
        {isPending && <Typography variant="body2">Loading…</Typography>}
        {error && <Alert severity="error">{errorMessage(error)}</Alert>}
        {data?.length === 0 && <Typography variant="body2">No approvals yet.</Typography>}
        <List dense disablePadding>
          {data?.map((entry) => {
            const type = CURATED_TYPES.find((t) => t === entry.entityType);
            const to = type && entry.entityId ? pathOf(type, entry.entityId) : undefined;
            const text = (
              <ListItemText
                primary={`${entry.entityType?.toLowerCase() ?? 'record'} revision ${String(entry.details.version ?? '?')}`}
                secondary={`${entry.user?.name ?? 'system'} · ${new Date(entry.at).toLocaleString()}`}
              />
            );
            return (
              <ListItem key={entry.id} disablePadding>
                {to ? (
                  <ListItemButton component={Link} to={to}>
                    {text}
                  </ListItemButton>
                ) : (
                  text
                )}
              </ListItem>
            );
          })}
        </List>
      </CardContent>
    </Card>
  );
}

/** For editors, who cannot read the audit log: what reviewers sent back to them. */
function SentBack() {
  const lists = ['quotes', 'actors', 'issues', 'articles'] as const;
  return (
    <Card sx={{ height: '100%' }}>
      <CardTitle title="Sent back with changes requested" />
      <CardContent sx={{ pt: 0 }}>
        {lists.map((resource) => (
          <SentBackCount key={resource} resource={resource} />
        ))}
      </CardContent>
    </Card>
  );
}

function SentBackCount({ resource }: { resource: string }) {
  const { total } = useGetList(resource, { pagination: { page: 1, perPage: 1 }, filter: { status: 'CHANGES_REQUESTED' } });
  return (
    <Typography variant="body2">
      <Link to={`/${resource}?filter=${encodeURIComponent(JSON.stringify({ status: 'CHANGES_REQUESTED' }))}`}>
        {total ?? '…'} {resource}
      </Link>
    </Typography>
  );
}

function FactChecks() {
  const { total, isPending, error } = useGetList('quotes', { pagination: { page: 1, perPage: 1 }, filter: { hasFactCheck: false } });
  return (
    <Card sx={{ height: '100%' }}>
      <CardTitle title="Quotes without a fact-check" />
      <CardContent sx={{ pt: 0 }}>
        {error && <Alert severity="error">{errorMessage(error)}</Alert>}
        <Typography variant="h3" component="p" data-testid="quotes-without-fact-check">
          {isPending ? '…' : (total ?? 0)}
        </Typography>
        <Typography variant="body2" sx={{ mb: 1 }}>
          quote{total === 1 ? '' : 's'} not fact-checked yet
        </Typography>
        <Link to={`/quotes?filter=${encodeURIComponent(JSON.stringify({ hasFactCheck: 'false' }))}`}>List them</Link>
        {' · '}
        <Link to="/factChecks">All fact-checks</Link>
      </CardContent>
    </Card>
  );
}

export function Dashboard() {
  const viewer = useViewer();
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="Dashboard" />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6, lg: 4 }}>
          <AwaitingReview />
        </Grid>
        <Grid size={{ xs: 12, md: 6, lg: 4 }}>{isReviewer(viewer?.role) ? <RecentApprovals /> : <SentBack />}</Grid>
        <Grid size={{ xs: 12, md: 6, lg: 4 }}>
          <FactChecks />
        </Grid>
      </Grid>
    </Box>
  );
}
