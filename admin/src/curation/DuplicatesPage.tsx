import CallMergeIcon from '@mui/icons-material/CallMerge';
import DoNotDisturbIcon from '@mui/icons-material/DoNotDisturb';
import UndoIcon from '@mui/icons-material/Undo';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Grid,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Button, Link, Title, useDataProvider, useNotify } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider/dataProvider';
import { errorMessage } from '../dataProvider/errors';
import { actorKindChoices } from '../shared/choices';
import { StatusChip } from '../workflow/StatusChip';
import type { ActorMerge, DuplicateActor, DuplicatePair } from './curationActions';

const MERGES_KEY = 'nkb.actorMerges';

interface MergeEntry {
  id: string;
  sourceName: string;
  targetName: string;
  targetId: string;
  sourceId: string;
  mergedAt: string;
  undoneAt: string | null;
  moved: Record<string, unknown>;
}

/** Merges made in this browser tab, newest first, so the editor can undo them after leaving the page and coming back. */
function useMergeHistory() {
  const [entries, setEntries] = useState<MergeEntry[]>(() => {
    try {
      return JSON.parse(sessionStorage.getItem(MERGES_KEY) ?? '[]') as MergeEntry[];
    } catch {
      return [];
    }
  });
  const save = (next: MergeEntry[]) => {
    setEntries(next);
    sessionStorage.setItem(MERGES_KEY, JSON.stringify(next.slice(0, 20)));
  };
  return { entries, save };
}

const pairKey = (p: DuplicatePair) => `${p.a.id}:${p.b.id}`;
const kindLabel = (kind: string) => actorKindChoices.find((c) => c.id === kind)?.name ?? kind;
const list = (values: readonly string[]) => (values.length ? values.join(', ') : '—');
const movedCount = (moved: Record<string, unknown>, key: string) => (Array.isArray(moved[key]) ? (moved[key] as unknown[]).length : 0);

function QuoteCount({ actorId }: { actorId: string }) {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { data } = useQuery({ queryKey: ['actorQuoteCount', actorId], queryFn: () => dataProvider.actorQuoteCount(actorId) });
  return <span data-testid={`quote-count-${actorId}`}>{data ?? '…'}</span>;
}

function Row({ label, a, b }: { label: string; a: ReactNode; b: ReactNode }) {
  return (
    <TableRow>
      <TableCell component="th" scope="row" sx={{ fontWeight: 500, verticalAlign: 'top', width: 170 }}>
        {label}
      </TableCell>
      <TableCell sx={{ verticalAlign: 'top' }}>{a}</TableCell>
      <TableCell sx={{ verticalAlign: 'top' }}>{b}</TableCell>
    </TableRow>
  );
}

const roles = (actor: DuplicateActor) =>
  actor.roles.length === 0 ? (
    '—'
  ) : (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {actor.roles.map((r) => (
        <li key={r.id}>
          {r.title}
          {r.organization ? `, ${r.organization.name}` : ''} ({r.startedOn ?? '?'} – {r.endedOn ?? 'now'})
        </li>
      ))}
    </Box>
  );

/** The two actors side by side; the editor keeps one and merges the other into it, or says they differ. */
function Comparison({
  pair,
  busy,
  onMerge,
  onDifferent,
}: {
  pair: DuplicatePair;
  busy: boolean;
  onMerge: (keep: DuplicateActor, drop: DuplicateActor) => void;
  onDifferent: () => void;
}) {
  const { a, b } = pair;
  return (
    <Card data-testid="duplicate-comparison">
      <CardContent>
        <Typography variant="h6" component="h2">
          {a.name} · {b.name}
        </Typography>
        <Typography variant="body2" sx={{ mb: 1 }}>
          Score {Math.round(pair.score * 100)}% · {pair.reasons.join(' · ')}
        </Typography>
        <Table size="small" aria-label="The two actors side by side">
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                Field
              </TableCell>
              <TableCell component="th" scope="col">
                <Link to={`/actors/${a.id}/show`}>{a.name}</Link>
              </TableCell>
              <TableCell component="th" scope="col">
                <Link to={`/actors/${b.id}/show`}>{b.name}</Link>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            <Row label="Name" a={a.name} b={b.name} />
            <Row label="Kind" a={kindLabel(a.kind)} b={kindLabel(b.kind)} />
            <Row label="Aliases" a={list(a.aliases)} b={list(b.aliases)} />
            <Row label="Recorded misspellings" a={list(a.misspellings)} b={list(b.misspellings)} />
            <Row label="Roles" a={roles(a)} b={roles(b)} />
            <Row label="Wikidata id" a={a.wikidataQid ?? '—'} b={b.wikidataQid ?? '—'} />
            <Row label="Description" a={a.description ?? '—'} b={b.description ?? '—'} />
            <Row label="Quotes" a={<QuoteCount actorId={a.id} />} b={<QuoteCount actorId={b.id} />} />
            <Row label="Review" a={<StatusChip status={a.status} />} b={<StatusChip status={b.status} />} />
            <TableRow>
              <TableCell />
              {[
                [a, b],
                [b, a],
              ].map(([keep, drop]) => (
                <TableCell key={keep.id}>
                  <Button
                    label="Merge into this one"
                    aria-label={`Merge into this one: keep ${keep.name}`}
                    variant="contained"
                    disabled={busy}
                    onClick={() => onMerge(keep, drop)}
                  >
                    <CallMergeIcon />
                  </Button>
                </TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
        <Box sx={{ mt: 2 }}>
          <Button label="Not the same person" variant="outlined" disabled={busy} onClick={onDifferent}>
            <DoNotDisturbIcon />
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}

export function DuplicatesPage() {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const history = useMergeHistory();
  const [selected, setSelected] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<{ keep: DuplicateActor; drop: DuplicateActor } | null>(null);
  const { data: pairs, isPending, error } = useQuery({ queryKey: ['actorDuplicates'], queryFn: () => dataProvider.actorDuplicates(50) });
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: ['actorDuplicates'] });
    void queryClient.invalidateQueries({ queryKey: ['actorQuoteCount'] });
    void queryClient.invalidateQueries({ queryKey: ['actors'] });
    void queryClient.invalidateQueries({ queryKey: ['quotes'] });
  };

  const merge = useMutation({
    mutationFn: ({ keep, drop }: { keep: DuplicateActor; drop: DuplicateActor }) => dataProvider.mergeActors(drop.id, keep.id),
    onSuccess: (result: ActorMerge, { keep, drop }) => {
      history.save([
        {
          id: result.id,
          sourceId: drop.id,
          sourceName: drop.name,
          targetId: keep.id,
          targetName: keep.name,
          mergedAt: result.mergedAt,
          undoneAt: null,
          moved: result.moved,
        },
        ...history.entries,
      ]);
      notify(`Merged ${drop.name} into ${keep.name}. Undo it under “Recent merges” if it was a mistake.`, { type: 'success' });
      setSelected(null);
      reload();
    },
    onError: (e) => notify(errorMessage(e), { type: 'error' }),
  });
  const undo = useMutation({
    mutationFn: (entry: MergeEntry) => dataProvider.undoActorMerge(entry.id),
    onSuccess: (result, entry) => {
      history.save(history.entries.map((e) => (e.id === entry.id ? { ...e, undoneAt: result.undoneAt ?? new Date().toISOString() } : e)));
      notify(`Merge undone: ${entry.sourceName} is back with everything that moved`, { type: 'success' });
      reload();
    },
    onError: (e) => notify(errorMessage(e), { type: 'error' }),
  });
  const different = useMutation({
    mutationFn: (pair: DuplicatePair) => dataProvider.judgeActorsDifferent(pair.a.id, pair.b.id),
    onSuccess: (_r, pair) => {
      notify(`Noted: ${pair.a.name} and ${pair.b.name} are different; the pair is not suggested again`, { type: 'info' });
      setSelected(null);
      reload();
    },
    onError: (e) => notify(errorMessage(e), { type: 'error' }),
  });

  const current = pairs?.find((p) => pairKey(p) === selected) ?? pairs?.[0];
  const busy = merge.isPending || undo.isPending || different.isPending;

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="Duplicate actors" />
      <Typography variant="h5" component="h1" gutterBottom>
        Duplicate actors
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Pairs that may be one actor: similar names, aliases or misspellings, the same Wikidata id or the same post. A merge moves the
        duplicate&apos;s quotes, mentions, roles and issue links to the actor kept, keeps its names as aliases and misspellings, and can be
        undone.
      </Typography>
      {history.entries.length > 0 && (
        <Card sx={{ mb: 2 }} data-testid="merge-history">
          <CardContent>
            <Typography variant="h6" component="h2">
              Recent merges
            </Typography>
            <List dense disablePadding>
              {history.entries.map((entry) => (
                <ListItem
                  key={entry.id}
                  disableGutters
                  secondaryAction={
                    entry.undoneAt ? (
                      <Chip size="small" label="undone" />
                    ) : (
                      <Button
                        label="Undo"
                        aria-label={`Undo merge of ${entry.sourceName}`}
                        disabled={busy}
                        onClick={() => undo.mutate(entry)}
                      >
                        <UndoIcon />
                      </Button>
                    )
                  }
                >
                  <ListItemText
                    primary={`${entry.sourceName} merged into ${entry.targetName}`}
                    secondary={`${new Date(entry.mergedAt).toLocaleString()} · ${movedCount(entry.moved, 'quoteIds')} quotes, ${movedCount(
                      entry.moved,
                      'mentionIds',
                    )} mentions moved`}
                  />
                </ListItem>
              ))}
            </List>
          </CardContent>
        </Card>
      )}
      {error && <Alert severity="error">{errorMessage(error)}</Alert>}
      {isPending && <Typography>Looking for duplicates…</Typography>}
      {pairs?.length === 0 && <Alert severity="success">No likely duplicates.</Alert>}
      {pairs && pairs.length > 0 && current && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 4 }}>
            <Card>
              <CardContent>
                <Typography variant="h6" component="h2">
                  Candidates ({pairs.length})
                </Typography>
                <List dense aria-label="Candidate pairs">
                  {pairs.map((p) => (
                    <ListItem key={pairKey(p)} disablePadding>
                      <ListItemButton selected={pairKey(p) === pairKey(current)} onClick={() => setSelected(pairKey(p))}>
                        <ListItemText
                          primary={`${p.a.name} · ${p.b.name}`}
                          secondary={`${Math.round(p.score * 100)}% · ${p.reasons.join(', ')}`}
                        />
                      </ListItemButton>
                    </ListItem>
                  ))}
                </List>
              </CardContent>
            </Card>
          </Grid>
          <Grid size={{ xs: 12, md: 8 }}>
            <Comparison
              pair={current}
              busy={busy}
              onMerge={(keep, drop) => setConfirm({ keep, drop })}
              onDifferent={() => different.mutate(current)}
            />
          </Grid>
        </Grid>
      )}
      <Dialog open={Boolean(confirm)} onClose={() => setConfirm(null)} aria-labelledby="merge-title">
        <DialogTitle id="merge-title">
          Merge {confirm?.drop.name} into {confirm?.keep.name}?
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            {confirm?.keep.name} is kept. The quotes, mentions, roles and issue links of {confirm?.drop.name} move to it, its names are kept
            as aliases and misspellings, and {confirm?.drop.name} is deleted. You can undo this.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button label="Cancel" onClick={() => setConfirm(null)} />
          <Button
            label="Merge"
            variant="contained"
            disabled={busy}
            onClick={() => {
              if (confirm) merge.mutate(confirm);
              setConfirm(null);
            }}
          />
        </DialogActions>
      </Dialog>
    </Box>
  );
}
