import CheckIcon from '@mui/icons-material/Check';
import ClearIcon from '@mui/icons-material/Clear';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import EditIcon from '@mui/icons-material/Edit';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import SpellcheckIcon from '@mui/icons-material/Spellcheck';
import {
  Alert,
  Autocomplete,
  Box,
  Card,
  CardContent,
  Checkbox,
  Chip,
  FormControlLabel,
  Grid,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Button, Link, RecordContextProvider, Title, useDataProvider, useGetList, useGetOne, useNotify, useRefresh } from 'react-admin';
import { ArticleReader, type ReaderSpan } from '../components/ArticleReader';
import type { ConsoleDataProvider } from '../dataProvider/dataProvider';
import { errorMessage } from '../dataProvider/errors';
import { articleSpans } from '../resources/articles/ArticleShow';
import type { ArticleRecord } from '../resources/articles/articles.data';
import type { ActorRecord } from '../resources/actors/actors.data';
import { actorKindChoices, deliveryChoices, quoteKindChoices } from '../shared/choices';
import { RecordWorkflow } from '../workflow/RecordWorkflow';
import type { ActorSuggestion, QuoteSuggestion, Suggestions } from './importActions';

const quoteKey = (q: Pick<QuoteSuggestion, 'startOffset' | 'endOffset'>) => `q:${q.startOffset}-${q.endOffset}`;
const actorKey = (a: Pick<ActorSuggestion, 'name'>) => `a:${a.name}`;
const percent = (n: number) => `${Math.round(n * 100)}%`;
const excerpt = (text: string, n = 160) => (text.length > n ? `${text.slice(0, n)}…` : text);

interface QuoteFix {
  speakerId?: string;
  speakerName?: string;
  kind?: string;
  delivery?: string;
  saidOn?: string;
}

interface ActorFix {
  name?: string;
  kind?: string;
}

/** What the editor rejected, kept per article for this tab: a rejection creates nothing, so the server does not know it. */
function useRejected(articleId: string) {
  const key = `nkb.rejected.${articleId}`;
  const [rejected, setRejected] = useState<Set<string>>(() => {
    try {
      return new Set(JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[]);
    } catch {
      return new Set();
    }
  });
  const update = (next: Set<string>) => {
    setRejected(next);
    sessionStorage.setItem(key, JSON.stringify([...next]));
  };
  return {
    rejected,
    reject: (...keys: string[]) => update(new Set([...rejected, ...keys])),
    restore: (k: string) => update(new Set([...rejected].filter((r) => r !== k))),
  };
}

/** An existing actor picked by typing part of a name (the fuzzy search finds misspellings too). */
function ActorPicker({
  label,
  value,
  onChange,
}: {
  label: string;
  value: { id: string; name: string } | null;
  onChange: (v: { id: string; name: string } | null) => void;
}) {
  const [typed, setTyped] = useState('');
  const { data } = useGetList<ActorRecord>('actors', { pagination: { page: 1, perPage: 10 }, filter: typed ? { q: typed } : {} });
  const options = (data ?? []).map((a) => ({ id: String(a.id), name: a.name }));
  return (
    <Autocomplete
      size="small"
      sx={{ minWidth: 260 }}
      options={value && !options.some((o) => o.id === value.id) ? [value, ...options] : options}
      value={value}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(o) => o}
      onInputChange={(_e, v) => setTyped(v)}
      onChange={(_e, v) => onChange(v)}
      renderInput={(params) => <TextField {...params} label={label} />}
    />
  );
}

export function SuggestionsReview({ articleId }: { articleId: string }) {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { data: article, refetch: refetchArticle } = useGetOne<ArticleRecord>('articles', { id: articleId, meta: { reader: true } });
  const {
    data: suggestions,
    error,
    refetch,
  } = useQuery({ queryKey: ['articleSuggestions', articleId], queryFn: () => dataProvider.articleSuggestions(articleId) });
  const { rejected, reject, restore } = useRejected(articleId);
  const [quoteFixes, setQuoteFixes] = useState<Record<string, QuoteFix>>({});
  const [actorFixes, setActorFixes] = useState<Record<string, ActorFix>>({});
  const [fixing, setFixing] = useState<string | null>(null);
  const [issueChoice, setIssueChoice] = useState<Record<string, boolean>>({});
  const [busy, setBusy] = useState(false);

  const issueIds = (s: Suggestions) => s.issues.filter((i) => issueChoice[i.issueId] ?? i.confidence >= 0.5).map((i) => i.issueId);

  const spans = useMemo<ReaderSpan[]>(() => {
    if (!article?.quotes) return [];
    const out = articleSpans(article);
    for (const q of suggestions?.quotes ?? []) {
      if (q.existingQuoteId || rejected.has(quoteKey(q))) continue;
      out.push({
        id: quoteKey(q),
        kind: 'quote',
        start: q.startOffset,
        end: q.endOffset,
        label: `suggested, ${q.speaker?.name ?? 'speaker unknown'} (${percent(q.confidence)})`,
        suggested: true,
      });
    }
    for (const a of suggestions?.actors ?? []) {
      if (!a.isNew || rejected.has(actorKey(a))) continue;
      for (const m of a.mentions) {
        out.push({
          id: `${actorKey(a)}@${m.startOffset}`,
          kind: 'mention',
          start: m.startOffset,
          end: m.endOffset,
          label: `${a.name} (new actor?)`,
          suggested: true,
        });
      }
    }
    return out;
  }, [article, suggestions, rejected]);

  const reload = async () => {
    await Promise.all([refetch(), refetchArticle()]);
    refresh();
  };

  const speakerOf = (q: QuoteSuggestion) => {
    const fix = quoteFixes[quoteKey(q)];
    if (fix?.speakerId) return { id: fix.speakerId, name: fix.speakerName ?? '' };
    if (q.speaker?.resolution === 'MATCHED' && q.speaker.actorId) return { id: q.speaker.actorId, name: q.speaker.name };
    return null;
  };

  // Each step is its own call, so "accept all" can go on past one that fails and report it.
  const acceptQuote = async (q: QuoteSuggestion, s: Suggestions) => {
    const speaker = speakerOf(q);
    if (!speaker || !article) throw new Error(`No speaker for “${excerpt(q.text, 40)}”: pick one or create the actor first`);
    const fix = quoteFixes[quoteKey(q)] ?? {};
    await dataProvider.create('quotes', {
      data: {
        articleId,
        speakerId: speaker.id,
        coSpeakerIds: q.coSpeakers.filter((c) => c.resolution === 'MATCHED' && c.actorId && c.actorId !== speaker.id).map((c) => c.actorId),
        text: q.text,
        startOffset: q.startOffset,
        endOffset: q.endOffset,
        kind: fix.kind ?? q.kind,
        delivery: fix.delivery ?? q.delivery,
        issueIds: issueIds(s),
        saidOn: fix.saidOn || q.saidOn,
      },
    });
  };
  const createActor = async (a: ActorSuggestion) => {
    const fix = actorFixes[actorKey(a)] ?? {};
    await dataProvider.create('actors', { data: { name: fix.name ?? a.name, kind: fix.kind ?? a.kind } });
  };
  const recordSpelling = async (a: ActorSuggestion) => {
    if (!a.matchedActorId || !a.spellingToRecord) return;
    const { data: actor } = await dataProvider.getOne<ActorRecord>('actors', { id: a.matchedActorId });
    if (actor.misspellings.includes(a.spellingToRecord)) return;
    await dataProvider.update('actors', {
      id: actor.id,
      data: { ...actor, misspellings: [...actor.misspellings, a.spellingToRecord] },
      previousData: actor,
    });
  };

  const run = async (step: () => Promise<void>, success: string) => {
    setBusy(true);
    try {
      await step();
      notify(success, { type: 'success' });
      setFixing(null);
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
      await reload();
    }
  };

  const acceptAll = async () => {
    if (!suggestions) return;
    setBusy(true);
    const failures: string[] = [];
    let done = 0;
    const attempt = async (what: string, step: () => Promise<void>) => {
      try {
        await step();
        done++;
      } catch (e) {
        failures.push(`${what}: ${errorMessage(e)}`);
      }
    };
    // Actors first, so that quotes by a newly created actor find their speaker on the next extraction.
    for (const a of suggestions.actors) {
      if (rejected.has(actorKey(a))) continue;
      if (a.isNew) await attempt(a.name, () => createActor(a));
      else if (a.spellingToRecord) await attempt(a.spellingToRecord, () => recordSpelling(a));
    }
    const fresh = (await refetch()).data ?? suggestions;
    for (const q of fresh.quotes) {
      if (q.existingQuoteId || rejected.has(quoteKey(q))) continue;
      await attempt(`“${excerpt(q.text, 40)}”`, () => acceptQuote(q, fresh));
    }
    setBusy(false);
    await reload();
    notify(failures.length ? `Accepted ${done}; not accepted: ${failures.join(' · ')}` : `Accepted ${done}`, {
      type: failures.length ? 'warning' : 'success',
      autoHideDuration: failures.length ? 15_000 : 4_000,
    });
  };

  const rejectAll = () => {
    if (!suggestions) return;
    reject(
      ...suggestions.quotes.filter((q) => !q.existingQuoteId).map(quoteKey),
      ...suggestions.actors.filter((a) => a.isNew || a.spellingToRecord).map(actorKey),
    );
  };

  if (error) return <Alert severity="error">{errorMessage(error)}</Alert>;
  if (!article?.quotes || !suggestions) return <Typography sx={{ p: 2 }}>Finding quotes, speakers, actors and issues…</Typography>;

  const openQuotes = suggestions.quotes.filter((q) => !q.existingQuoteId && !rejected.has(quoteKey(q)));
  const openActors = suggestions.actors.filter((a) => (a.isNew || a.spellingToRecord) && !rejected.has(actorKey(a)));

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={`Suggestions: ${article.title}`} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <Typography variant="h5" component="h1" sx={{ flex: 1 }}>
          Suggestions for “{article.title}”
        </Typography>
        <Button
          label="Accept all"
          variant="contained"
          onClick={acceptAll}
          disabled={busy || (openQuotes.length === 0 && openActors.length === 0)}
        >
          <DoneAllIcon />
        </Button>
        <Button label="Reject all" onClick={rejectAll} disabled={busy || (openQuotes.length === 0 && openActors.length === 0)}>
          <ClearIcon />
        </Button>
        <Link to="/import">Import another article</Link>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {openQuotes.length} quote{openQuotes.length === 1 ? '' : 's'} and {openActors.length} actor change
        {openActors.length === 1 ? '' : 's'} wait for your decision. Accepted quotes, actors and spellings are drafts and go through review;
        anonymous clients see nothing until they are approved.
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Card>
            <CardContent>
              <Typography variant="body2" sx={{ mb: 1 }}>
                {article.publishedOn} · {article.outlet?.name ?? 'no outlet'} ·{' '}
                <Link to={`/articles/${article.id}/show`}>open the article</Link>
              </Typography>
              <ArticleReader body={article.body} spans={spans} />
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Stack spacing={2}>
            <Card data-testid="quote-suggestions">
              <CardContent>
                <Typography variant="h6" component="h2">
                  Quotes ({suggestions.quotes.length})
                </Typography>
                {suggestions.quotes.length === 0 && <Typography variant="body2">No quotes found.</Typography>}
                {suggestions.quotes.map((q) => {
                  const key = quoteKey(q);
                  const speaker = speakerOf(q);
                  const fix = quoteFixes[key] ?? {};
                  return (
                    <Box key={key} data-suggestion={key} sx={{ borderTop: 1, borderColor: 'divider', py: 1.5 }}>
                      <Typography sx={{ fontFamily: 'Georgia, serif' }}>“{excerpt(q.text, 220)}”</Typography>
                      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', my: 0.5 }}>
                        <Chip size="small" label={(fix.kind ?? q.kind).toLowerCase()} variant="outlined" />
                        <Chip size="small" label={`confidence ${percent(q.confidence)}`} variant="outlined" />
                        <Typography variant="body2">
                          Speaker: <strong>{speaker?.name ?? q.speaker?.name ?? 'unknown'}</strong>
                          {q.speaker && !fix.speakerId && ` (${q.speaker.resolution.toLowerCase()})`}
                          {q.cue && ` · “${q.cue.text}”`}
                        </Typography>
                        <Typography variant="body2" color="text.secondary">
                          {(deliveryChoices.find((c) => c.id === (fix.delivery ?? q.delivery))?.name ?? q.delivery).toLowerCase()}
                          {!fix.delivery && q.deliveryCue && ` (“${q.deliveryCue}”)`} · said on {fix.saidOn || q.saidOn}
                          {!fix.saidOn && q.saidOnCue && ` (“${q.saidOnCue}”)`}
                        </Typography>
                      </Box>
                      {q.existingQuoteId ? (
                        <Chip
                          size="small"
                          color="success"
                          label="Accepted"
                          component={Link}
                          to={`/quotes/${q.existingQuoteId}/show`}
                          clickable
                        />
                      ) : rejected.has(key) ? (
                        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                          <Chip size="small" label="Rejected" />
                          <Button label="Restore" onClick={() => restore(key)} />
                        </Box>
                      ) : (
                        <>
                          {!speaker && (
                            <Typography variant="body2" color="error">
                              {q.speaker?.resolution === 'NEW'
                                ? `${q.speaker.name} is not recorded yet: create the actor below, or pick an existing speaker with Fix.`
                                : 'No known speaker: pick one with Fix.'}
                            </Typography>
                          )}
                          {fixing === key && (
                            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', my: 1 }}>
                              <ActorPicker
                                label="Speaker"
                                value={speaker}
                                onChange={(v) =>
                                  setQuoteFixes({ ...quoteFixes, [key]: { ...fix, speakerId: v?.id, speakerName: v?.name } })
                                }
                              />
                              <TextField
                                select
                                size="small"
                                label="Kind"
                                value={fix.kind ?? q.kind}
                                onChange={(e) => setQuoteFixes({ ...quoteFixes, [key]: { ...fix, kind: e.target.value } })}
                              >
                                {quoteKindChoices.map((c) => (
                                  <MenuItem key={c.id} value={c.id}>
                                    {c.name}
                                  </MenuItem>
                                ))}
                              </TextField>
                              <TextField
                                select
                                size="small"
                                label="Delivery"
                                value={fix.delivery ?? q.delivery}
                                onChange={(e) => setQuoteFixes({ ...quoteFixes, [key]: { ...fix, delivery: e.target.value } })}
                              >
                                {deliveryChoices.map((c) => (
                                  <MenuItem key={c.id} value={c.id}>
                                    {c.name}
                                  </MenuItem>
                                ))}
                              </TextField>
                              <TextField
                                type="date"
                                size="small"
                                label="Said on"
                                value={fix.saidOn ?? q.saidOn}
                                onChange={(e) => setQuoteFixes({ ...quoteFixes, [key]: { ...fix, saidOn: e.target.value } })}
                                slotProps={{ inputLabel: { shrink: true } }}
                              />
                            </Stack>
                          )}
                          <Box sx={{ display: 'flex', gap: 1 }}>
                            <Button
                              label="Accept"
                              aria-label={`Accept quote “${excerpt(q.text, 40)}”`}
                              variant="contained"
                              disabled={busy || !speaker}
                              onClick={() => run(() => acceptQuote(q, suggestions), 'Quote recorded as a draft')}
                            >
                              <CheckIcon />
                            </Button>
                            <Button label="Fix" onClick={() => setFixing(fixing === key ? null : key)} disabled={busy}>
                              <EditIcon />
                            </Button>
                            <Button label="Reject" onClick={() => reject(key)} disabled={busy}>
                              <ClearIcon />
                            </Button>
                          </Box>
                        </>
                      )}
                    </Box>
                  );
                })}
              </CardContent>
            </Card>
            <Card data-testid="actor-suggestions">
              <CardContent>
                <Typography variant="h6" component="h2">
                  Actors ({suggestions.actors.length})
                </Typography>
                {suggestions.actors.map((a) => {
                  const key = actorKey(a);
                  const fix = actorFixes[key] ?? {};
                  return (
                    <Box key={key} data-suggestion={key} sx={{ borderTop: 1, borderColor: 'divider', py: 1 }}>
                      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                        {a.matchedActorId ? (
                          <Link to={`/actors/${a.matchedActorId}/show`}>{a.name}</Link>
                        ) : (
                          <strong>{fix.name ?? a.name}</strong>
                        )}
                        <Typography variant="body2" color="text.secondary">
                          {(actorKindChoices.find((c) => c.id === (fix.kind ?? a.kind))?.name ?? a.kind).toLowerCase()} ·{' '}
                          {a.mentions.length} mention
                          {a.mentions.length === 1 ? '' : 's'}
                        </Typography>
                        {a.isNew ? (
                          <Chip size="small" label="new: not recorded" sx={{ bgcolor: '#8a4b00', color: '#fff' }} />
                        ) : (
                          <Chip size="small" label={`matched by ${(a.matchedVia ?? 'name').toLowerCase()}`} variant="outlined" />
                        )}
                      </Box>
                      {a.spellingToRecord && (
                        <Typography variant="body2">
                          The article spells it “{a.spellingToRecord}”: not recorded on the actor yet.
                        </Typography>
                      )}
                      {(a.isNew || a.spellingToRecord) &&
                        (rejected.has(key) ? (
                          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
                            <Chip size="small" label="Rejected" />
                            <Button label="Restore" onClick={() => restore(key)} />
                          </Box>
                        ) : (
                          <>
                            {a.isNew && fixing === key && (
                              <Stack direction="row" spacing={1} useFlexGap sx={{ my: 1, flexWrap: 'wrap' }}>
                                <TextField
                                  size="small"
                                  label="Name"
                                  value={fix.name ?? a.name}
                                  onChange={(e) => setActorFixes({ ...actorFixes, [key]: { ...fix, name: e.target.value } })}
                                />
                                <TextField
                                  select
                                  size="small"
                                  label="Kind"
                                  value={fix.kind ?? a.kind}
                                  onChange={(e) => setActorFixes({ ...actorFixes, [key]: { ...fix, kind: e.target.value } })}
                                >
                                  {actorKindChoices.map((c) => (
                                    <MenuItem key={c.id} value={c.id}>
                                      {c.name}
                                    </MenuItem>
                                  ))}
                                </TextField>
                              </Stack>
                            )}
                            <Box sx={{ display: 'flex', gap: 1, mt: 0.5 }}>
                              {a.isNew ? (
                                <Button
                                  label="Create actor"
                                  aria-label={`Create actor ${fix.name ?? a.name}`}
                                  variant="contained"
                                  disabled={busy}
                                  onClick={() => run(() => createActor(a), `${fix.name ?? a.name} recorded as a draft actor`)}
                                >
                                  <PersonAddIcon />
                                </Button>
                              ) : (
                                <Button
                                  label="Record spelling"
                                  aria-label={`Record spelling “${a.spellingToRecord}” on ${a.name}`}
                                  variant="contained"
                                  disabled={busy}
                                  onClick={() =>
                                    run(() => recordSpelling(a), `“${a.spellingToRecord}” recorded as a misspelling of ${a.name}`)
                                  }
                                >
                                  <SpellcheckIcon />
                                </Button>
                              )}
                              {a.isNew && (
                                <Button label="Fix" onClick={() => setFixing(fixing === key ? null : key)} disabled={busy}>
                                  <EditIcon />
                                </Button>
                              )}
                              <Button label="Reject" onClick={() => reject(key)} disabled={busy}>
                                <ClearIcon />
                              </Button>
                            </Box>
                          </>
                        ))}
                    </Box>
                  );
                })}
              </CardContent>
            </Card>
            <Card data-testid="issue-suggestions">
              <CardContent>
                <Typography variant="h6" component="h2">
                  Issues ({suggestions.issues.length})
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  Best match first. The ticked issues go with every quote you accept.
                </Typography>
                {suggestions.issues.length === 0 && <Typography variant="body2">No issue matched.</Typography>}
                {suggestions.issues.map((i) => (
                  <Box key={i.issueId}>
                    <FormControlLabel
                      control={
                        <Checkbox
                          checked={issueChoice[i.issueId] ?? i.confidence >= 0.5}
                          onChange={(e) => setIssueChoice({ ...issueChoice, [i.issueId]: e.target.checked })}
                        />
                      }
                      label={`${i.title} (${percent(i.confidence)})`}
                    />
                  </Box>
                ))}
              </CardContent>
            </Card>
            <RecordContextProvider value={article}>
              <RecordWorkflow title="Article review" />
            </RecordContextProvider>
          </Stack>
        </Grid>
      </Grid>
    </Box>
  );
}
