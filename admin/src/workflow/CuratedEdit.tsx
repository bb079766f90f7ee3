import {
  Alert,
  Box,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState, type ReactNode } from 'react';
import {
  Button,
  Edit,
  ShowButton,
  SimpleForm,
  TopToolbar,
  useDataProvider,
  useEditContext,
  useNotify,
  useRecordContext,
  useRedirect,
  type RaRecord,
} from 'react-admin';
import { apiError, errorMessage, type ApiError } from '../dataProvider/errors';
import { formatValue } from './formatValue';

interface Conflict {
  error: ApiError;
  mine: Record<string, unknown>;
  base: Record<string, unknown>;
}

/**
 * Edit for curated records: saves wait for the server (pessimistic, nothing queued in the tab),
 * and a CONFLICT (someone saved since this form was loaded) opens a dialog that shows their
 * change and lets the editor reload or re-apply their own edit on top of the newer version.
 */
export function CuratedEdit({
  children,
  aside,
  offerParaphrase = false,
}: {
  children: ReactNode;
  aside?: ReactNode;
  offerParaphrase?: boolean;
}) {
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [mismatch, setMismatch] = useState<Conflict | null>(null);
  const notify = useNotify();
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      aside={aside as never}
      actions={
        <TopToolbar>
          <ShowButton />
        </TopToolbar>
      }
      mutationOptions={{
        onError: (error: unknown, variables: { data?: Partial<RaRecord>; previousData?: RaRecord } | undefined) => {
          const api = apiError(error);
          if (api?.code === 'CONFLICT' && variables?.data) {
            setConflict({
              error: api,
              mine: variables.data as Record<string, unknown>,
              base: (variables.previousData ?? {}) as Record<string, unknown>,
            });
            return;
          }
          // A DIRECT quote whose new words or offsets no longer match the article: offer to keep them as a paraphrase.
          if (offerParaphrase && api?.code === 'BAD_USER_INPUT' && typeof api.extensions.found === 'string' && variables?.data) {
            setMismatch({
              error: api,
              mine: variables.data as Record<string, unknown>,
              base: (variables.previousData ?? {}) as Record<string, unknown>,
            });
            return;
          }
          notify(errorMessage(error), { type: 'error' });
        },
      }}
    >
      <>
        <VersionedForm>{children}</VersionedForm>
        {conflict && <ConflictDialog conflict={conflict} onClose={() => setConflict(null)} />}
        {mismatch && <ParaphraseDialog mismatch={mismatch} onClose={() => setMismatch(null)} />}
      </>
    </Edit>
  );
}

/** react-admin resets the form to the record whenever the record changes (a reload after a conflict included). */
function VersionedForm({ children }: { children: ReactNode }) {
  return <SimpleForm warnWhenUnsavedChanges>{children}</SimpleForm>;
}

const IGNORED = new Set(['__typename', 'updatedAt', 'createdAt', 'version', 'updatedBy']);

/** The fields this editor changed against the record their form was loaded from. */
export function ownChanges(mine: Record<string, unknown>, base: Record<string, unknown>): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(mine)) {
    if (IGNORED.has(key)) continue;
    if (JSON.stringify(value ?? null) !== JSON.stringify(base[key] ?? null)) changed[key] = value;
  }
  return changed;
}

function ConflictDialog({ conflict, onClose }: { conflict: Conflict; onClose: () => void }) {
  const { resource, refetch } = useEditContext();
  const record = useRecordContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const redirect = useRedirect();
  const [busy, setBusy] = useState(false);
  const theirs = (conflict.error.extensions.changes as { field: string; from: unknown; to: unknown }[] | undefined) ?? [];
  const mine = ownChanges(conflict.mine, conflict.base);
  const clash = new Set(theirs.map((c) => c.field).filter((f) => f in mine));

  const reload = async () => {
    setBusy(true);
    await refetch();
    setBusy(false);
    onClose();
    notify('Loaded the newer version; your edit was not saved', { type: 'info' });
  };

  const reapply = async () => {
    if (!record || !resource) return;
    setBusy(true);
    try {
      const fresh = (await dataProvider.getOne(resource, { id: record.id })).data;
      await dataProvider.update(resource, { id: record.id, data: { ...fresh, ...mine }, previousData: fresh });
      notify('Your edit was saved on top of the newer version', { type: 'success' });
      onClose();
      await refetch();
      redirect('show', resource, record.id);
    } catch (error) {
      const again = apiError(error);
      notify(again?.code === 'CONFLICT' ? 'Someone saved again in the meantime: review their change once more' : errorMessage(error), {
        type: 'error',
      });
      if (again?.code !== 'CONFLICT') onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="md" fullWidth aria-labelledby="conflict-title">
      <DialogTitle id="conflict-title">Someone else saved this record while you were editing</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {conflict.error.message}
        </Alert>
        <Typography variant="subtitle1" component="h3">
          What they changed
        </Typography>
        <Table size="small" aria-label="Their changes" sx={{ mb: 2 }}>
          <TableHead>
            <TableRow>
              <TableCell>Field</TableCell>
              <TableCell>Before</TableCell>
              <TableCell>Their value</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {theirs.length === 0 && (
              <TableRow>
                <TableCell colSpan={3}>The server did not list the fields.</TableCell>
              </TableRow>
            )}
            {theirs.map((c) => (
              <TableRow key={c.field} data-testid={`their-change-${c.field}`}>
                <TableCell>
                  {c.field}
                  {clash.has(c.field) && (
                    <Typography component="span" color="error" variant="body2">
                      {' '}
                      (you changed it too)
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{formatValue(c.from)}</TableCell>
                <TableCell>{formatValue(c.to)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography variant="subtitle1" component="h3">
          Your edit
        </Typography>
        <Box component="ul" sx={{ mt: 0 }}>
          {Object.keys(mine).length === 0 && <li>No field differs from the version you started from.</li>}
          {Object.entries(mine).map(([field, value]) => (
            <li key={field}>
              <strong>{field}</strong>: {formatValue(value)}
            </li>
          ))}
        </Box>
        <Typography variant="body2" color="text.secondary">
          Re-apply saves only the fields you changed on top of their version; their other changes stay.
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button label="Reload their version" onClick={reload} disabled={busy} />
        <Button label="Re-apply my edit" variant="contained" onClick={reapply} disabled={busy || Object.keys(mine).length === 0} />
      </DialogActions>
    </Dialog>
  );
}

/** The edit was refused because a DIRECT quote must be the article's exact words: save it as a paraphrase instead, if the editor agrees. */
function ParaphraseDialog({ mismatch, onClose }: { mismatch: Conflict; onClose: () => void }) {
  const { resource } = useEditContext();
  const record = useRecordContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const redirect = useRedirect();
  const [busy, setBusy] = useState(false);
  const found = String(mismatch.error.extensions.found);
  const save = async () => {
    if (!record || !resource) return;
    setBusy(true);
    try {
      await dataProvider.update(resource, {
        id: record.id,
        data: { ...mismatch.mine, convertToParaphrase: true },
        previousData: mismatch.base as RaRecord,
      });
      notify('Saved as a paraphrase', { type: 'success' });
      onClose();
      redirect('show', resource, record.id);
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="md" fullWidth aria-labelledby="paraphrase-title">
      <DialogTitle id="paraphrase-title">This edit breaks the direct quote</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          A direct quote must be the article&apos;s exact words at its offsets.
        </Alert>
        <Typography variant="subtitle2" component="h3">
          The article holds
        </Typography>
        <Typography sx={{ fontFamily: 'Georgia, serif', mb: 2 }} data-testid="article-holds">
          {found}
        </Typography>
        <Typography variant="subtitle2" component="h3">
          Your text
        </Typography>
        <Typography sx={{ fontFamily: 'Georgia, serif', mb: 2 }}>{formatValue(mismatch.mine.text)}</Typography>
        <Typography variant="body2" color="text.secondary">
          Save as paraphrase keeps your wording and records it as reported speech (kind PARAPHRASE). Or go back and fix the text or the
          offsets.
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button label="Keep editing" onClick={onClose} disabled={busy} />
        <Button label="Save as paraphrase" variant="contained" onClick={save} disabled={busy} />
      </DialogActions>
    </Dialog>
  );
}
