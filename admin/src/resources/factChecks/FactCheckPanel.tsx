import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import EditIcon from '@mui/icons-material/Edit';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Link as MuiLink,
  Stack,
  Typography,
} from '@mui/material';
import { LIMITS } from '@newsroom/shared';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import {
  ArrayInput,
  Button,
  DateInput,
  Form,
  maxLength,
  RecordContextProvider,
  regex,
  required,
  SaveButton,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { errorMessage } from '../../dataProvider/errors';
import type { FactCheckFieldsFragment } from '../../gql/graphql';
import { RecordWorkflow } from '../../workflow/RecordWorkflow';
import { StatusChip } from '../../workflow/StatusChip';
import type { QuoteRecord } from '../quotes/quotes.data';
import { verdictChoices, verdictColour, verdictLabel } from './verdictChoices';

export function VerdictChip({ verdict }: { verdict: string | null | undefined }) {
  if (!verdict) return null;
  return (
    <Chip
      label={verdictLabel(verdict)}
      size="small"
      sx={{ bgcolor: verdictColour(verdict), color: '#fff', fontWeight: 600 }}
      data-verdict={verdict}
    />
  );
}

/**
 * The fact-check of the quote on screen: its verdict, summary, context and evidence, its own review
 * (a fact-check is a curated record of its own, approved separately from the quote), and the
 * ClaimReview JSON-LD clients get once it is approved.
 */
export function FactCheckPanel() {
  const quote = useRecordContext<QuoteRecord>();
  const [editing, setEditing] = useState(false);
  // The list's copy of a quote has no fact-check field at all: wait for the full record.
  if (!quote || quote.factCheck === undefined) return null;
  const check = quote.factCheck;
  return (
    <Stack spacing={2} data-testid="fact-check-panel">
      <Card>
        <CardContent>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
            <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
              Fact-check
            </Typography>
            {check && <StatusChip status={check.status} />}
          </Box>
          {!check && (
            <>
              <Typography variant="body2" sx={{ mb: 2 }}>
                Not fact-checked yet.
              </Typography>
              <Button label="Fact-check this quote" variant="contained" onClick={() => setEditing(true)}>
                <FactCheckIcon />
              </Button>
            </>
          )}
          {check && <FactCheckView check={check} />}
          {check && (
            <Box sx={{ mt: 2 }}>
              <Button label="Edit fact-check" variant="outlined" onClick={() => setEditing(true)}>
                <EditIcon />
              </Button>
            </Box>
          )}
        </CardContent>
      </Card>
      {check && (
        <RecordContextProvider value={check}>
          <RecordWorkflow title="Fact-check review" />
        </RecordContextProvider>
      )}
      {quote.claimReview && <ClaimReviewCard claimReview={quote.claimReview} />}
      {check && !quote.claimReview && (
        <Typography variant="body2" color="text.secondary">
          The ClaimReview export appears here once a reviewer approves the fact-check.
        </Typography>
      )}
      {editing && <FactCheckDialog quoteId={quote.id} check={check ?? null} onClose={() => setEditing(false)} />}
    </Stack>
  );
}

function FactCheckView({ check }: { check: FactCheckFieldsFragment }) {
  const info = verdictChoices.find((c) => c.id === check.verdict);
  return (
    <Box data-testid="fact-check-view">
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <VerdictChip verdict={check.verdict} />
        {info?.rating != null && (
          <Typography variant="body2" color="text.secondary">
            ClaimReview rating {info.rating} of 5
          </Typography>
        )}
      </Box>
      {info && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {info.description}
        </Typography>
      )}
      <Typography sx={{ mt: 1 }}>{check.summary}</Typography>
      {check.context && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          <strong>Context:</strong> {check.context}
        </Typography>
      )}
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
        Evidence ({check.evidence.length})
      </Typography>
      {check.evidence.length === 0 && <Typography variant="body2">No evidence listed.</Typography>}
      <Box component="ol" sx={{ mt: 0, pl: 3 }}>
        {check.evidence.map((e) => (
          <li key={e.id}>
            <MuiLink href={e.url} target="_blank" rel="noreferrer">
              {e.title || e.url}
            </MuiLink>
            {e.accessedOn && (
              <Typography component="span" variant="body2" color="text.secondary">
                {' '}
                · accessed {e.accessedOn}
              </Typography>
            )}
            {e.note && <Typography variant="body2">{e.note}</Typography>}
          </li>
        ))}
      </Box>
      <Typography variant="body2" color="text.secondary">
        Checked by {check.checkedBy?.name ?? '—'} on {new Date(check.checkedAt).toLocaleString()}
      </Typography>
    </Box>
  );
}

function ClaimReviewCard({ claimReview }: { claimReview: Record<string, unknown> }) {
  const notify = useNotify();
  const json = JSON.stringify(claimReview, null, 2);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(json);
      notify('ClaimReview JSON-LD copied', { type: 'success' });
    } catch {
      notify('The browser refused the clipboard: select the text and copy it', { type: 'warning' });
    }
  };
  return (
    <Card>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
            ClaimReview (JSON-LD)
          </Typography>
          <Button label="Copy" onClick={copy}>
            <ContentCopyIcon />
          </Button>
        </Box>
        <Typography variant="body2" color="text.secondary">
          What clients get as quote.claimReview, from the approved fact-check. Read-only.
        </Typography>
        <Box
          component="pre"
          data-testid="claim-review"
          tabIndex={0}
          aria-label="ClaimReview JSON-LD"
          sx={{ maxHeight: 360, overflow: 'auto', bgcolor: 'action.hover', p: 1, fontSize: '0.8rem', borderRadius: 1 }}
        >
          {json}
        </Box>
      </CardContent>
    </Card>
  );
}

const URL_PATTERN = /^https?:\/\/\S+$/i;
const emptyCheck = { verdict: '', summary: '', context: '', evidence: [] };

function VerdictMeaning() {
  const verdict = useWatch({ name: 'verdict' }) as string | undefined;
  const info = verdictChoices.find((c) => c.id === verdict);
  if (!info) return null;
  return (
    <Alert severity="info" role="status" sx={{ mb: 2 }} data-testid="verdict-meaning">
      <strong>{info.name}</strong>: {info.description}{' '}
      {info.rating != null ? `ClaimReview rating ${info.rating} of 5.` : 'About the quote itself: no position on the 1–5 scale.'}
    </Alert>
  );
}

/** Creates or edits the fact-check; a save is a new revision that goes back through review. */
function FactCheckDialog({ quoteId, check, onClose }: { quoteId: string; check: FactCheckFieldsFragment | null; onClose: () => void }) {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const save = async (values: Record<string, unknown>) => {
    setBusy(true);
    try {
      if (check) {
        await dataProvider.update('factChecks', { id: check.id, data: values, previousData: check });
        notify('Fact-check saved as a new revision', { type: 'success' });
      } else {
        await dataProvider.create('factChecks', { data: { ...values, quoteId } });
        notify('Fact-check saved as a draft: submit it for review when it is ready', { type: 'success' });
      }
      onClose();
      refresh();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="md" fullWidth aria-labelledby="fact-check-title">
      <Form record={check ?? emptyCheck} onSubmit={save}>
        <DialogTitle id="fact-check-title">{check ? 'Edit the fact-check' : 'Fact-check this quote'}</DialogTitle>
        <DialogContent>
          <SelectInput
            source="verdict"
            choices={verdictChoices}
            optionText={(c: (typeof verdictChoices)[number]) => `${c.name} — ${c.description}`}
            validate={required()}
            fullWidth
          />
          <VerdictMeaning />
          <TextInput
            source="summary"
            multiline
            minRows={2}
            fullWidth
            validate={[required(), maxLength(LIMITS.descriptionMax)]}
            helperText="The finding in a sentence or two: what is right or wrong in the quote"
          />
          <TextInput
            source="context"
            label="Context for readers"
            multiline
            fullWidth
            validate={maxLength(LIMITS.descriptionMax)}
            helperText="What readers need to know next to the verdict"
          />
          <ArrayInput source="evidence" label="Evidence, in order">
            {/* Reorder and remove stay visible: react-admin shows them on hover only, out of reach of keyboards. */}
            <SimpleFormIterator fullWidth sx={{ '& .RaSimpleFormIterator-action': { visibility: 'visible' } }}>
              <TextInput
                source="url"
                label="URL"
                validate={[required(), maxLength(LIMITS.urlMax), regex(URL_PATTERN, 'An http or https address')]}
                helperText={false}
                fullWidth
              />
              <TextInput source="title" label="Source title" validate={maxLength(LIMITS.titleMax)} helperText={false} fullWidth />
              <TextInput source="note" label="What it shows" validate={maxLength(LIMITS.descriptionMax)} helperText={false} fullWidth />
              <DateInput source="accessedOn" label="Accessed on" helperText={false} />
            </SimpleFormIterator>
          </ArrayInput>
        </DialogContent>
        <DialogActions>
          <Button label="Cancel" onClick={onClose} disabled={busy} />
          <SaveButton label="Save fact-check" disabled={busy} alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}
