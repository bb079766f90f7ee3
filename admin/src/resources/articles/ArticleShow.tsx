import AddCommentIcon from '@mui/icons-material/AddComment';
import TipsAndUpdatesIcon from '@mui/icons-material/TipsAndUpdates';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  Grid,
  List as MuiList,
  ListItem,
  ListItemButton,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { Button, DateField, EditButton, Link, Show, TopToolbar, UrlField, useRecordContext, useCreatePath } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { ArticleReader, type ReaderSelection, type ReaderSpan } from '../../components/ArticleReader';
import { RecordWorkflow } from '../../workflow/RecordWorkflow';
import type { ArticleRecord } from './articles.data';

export function articleSpans(article: Pick<ArticleRecord, 'quotes' | 'mentions'>): ReaderSpan[] {
  return [
    ...article.quotes.map((q) => ({
      id: q.id,
      kind: 'quote' as const,
      start: q.startOffset,
      end: q.endOffset,
      label: q.speaker.name,
      to: `/quotes/${q.id}/show`,
    })),
    ...article.mentions.map((m) => ({
      id: m.id,
      kind: 'mention' as const,
      start: m.startOffset,
      end: m.endOffset,
      label: m.actor.name,
      to: `/actors/${m.actor.id}/show`,
    })),
  ];
}

export function ArticleShow() {
  return (
    <Show actions={<ArticleActions />} component="div">
      <ArticleView />
    </Show>
  );
}

function ArticleActions() {
  const article = useRecordContext<ArticleRecord>();
  return (
    <TopToolbar>
      {article && (
        <Button label="Suggestions" component={Link} to={`/import/${article.id}`}>
          <TipsAndUpdatesIcon />
        </Button>
      )}
      <EditButton />
    </TopToolbar>
  );
}

function ArticleView() {
  const article = useRecordContext<ArticleRecord>();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const [selection, setSelection] = useState<ReaderSelection | null>(null);
  const spans = useMemo(() => (article?.quotes ? articleSpans(article) : []), [article]);
  // Right after the list, react-admin shows the list's copy of the record (no body) until the full one arrives.
  if (!article || typeof article.body !== 'string' || !article.quotes) return <Typography sx={{ p: 2 }}>Loading the article…</Typography>;

  const startQuote = () => {
    if (!selection) return;
    const source = {
      articleId: article.id,
      startOffset: selection.start,
      endOffset: selection.end,
      text: selection.text,
      saidOn: article.publishedOn,
    };
    navigate(`${createPath({ resource: 'quotes', type: 'create' })}?source=${encodeURIComponent(JSON.stringify(source))}`);
  };

  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, lg: 8 }}>
        <Card>
          <CardContent>
            <Typography variant="h5" component="h1" gutterBottom>
              {article.title}
            </Typography>
            <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }} useFlexGap>
              <Typography variant="body2">
                <DateField source="publishedOn" /> · {article.outlet?.name ?? 'no outlet'} · {article.language}
              </Typography>
              {article.url && <UrlField source="url" target="_blank" rel="noreferrer" />}
            </Stack>
            <Box sx={{ mb: 1, display: 'flex', gap: 1, alignItems: 'center', minHeight: 40 }}>
              {selection ? (
                <>
                  <Typography variant="body2" sx={{ flex: 1 }} noWrap>
                    Selected {selection.end - selection.start} characters at {selection.start}–{selection.end}
                  </Typography>
                  <Button label="New quote from selection" variant="contained" onClick={startQuote}>
                    <AddCommentIcon />
                  </Button>
                </>
              ) : (
                <Typography variant="body2" color="text.secondary">
                  Select a passage to record it as a quote.
                </Typography>
              )}
            </Box>
            <ArticleReader body={article.body} spans={spans} selection={selection} onSelect={setSelection} />
          </CardContent>
        </Card>
      </Grid>
      <Grid size={{ xs: 12, lg: 4 }}>
        <Stack spacing={2}>
          <RecordWorkflow />
          <Card>
            <CardContent>
              <Typography variant="h6" component="h2">
                Quotes ({article.quotes.length})
              </Typography>
              {article.quotes.length === 0 && <Alert severity="info">No quotes recorded yet.</Alert>}
              <MuiList dense>
                {article.quotes.map((q) => (
                  <ListItem key={q.id} disablePadding>
                    <ListItemButton component={Link} to={`/quotes/${q.id}/show`}>
                      <ListItemText
                        primary={`“${q.text.length > 120 ? `${q.text.slice(0, 120)}…` : q.text}”`}
                        secondary={`${q.speaker.name} · ${q.kind.toLowerCase()} · ${q.startOffset}–${q.endOffset}`}
                      />
                    </ListItemButton>
                  </ListItem>
                ))}
              </MuiList>
            </CardContent>
          </Card>
          <Card>
            <CardContent>
              <Typography variant="h6" component="h2">
                Mentions ({article.mentions.length})
              </Typography>
              <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
                {article.mentions.map((m) => (
                  <Chip
                    key={m.id}
                    label={m.text === m.actor.name ? m.text : `${m.text} → ${m.actor.name}`}
                    component={Link}
                    to={`/actors/${m.actor.id}/show`}
                    clickable
                    size="small"
                  />
                ))}
              </Box>
            </CardContent>
          </Card>
        </Stack>
      </Grid>
    </Grid>
  );
}
