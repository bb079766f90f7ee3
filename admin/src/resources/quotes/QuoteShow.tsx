import { Alert, Box, Card, CardContent, Chip, Grid, Stack, Typography } from '@mui/material';
import { codePointLength, codePointSlice } from '@newsroom/shared';
import {
  DateField,
  EditButton,
  FunctionField,
  Labeled,
  Link,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useGetOne,
  useRecordContext,
} from 'react-admin';
import { deliveryChoices, quoteKindChoices } from '../../shared/choices';
import { RecordWorkflow } from '../../workflow/RecordWorkflow';
import { FactCheckPanel } from '../factChecks/FactCheckPanel';
import { QuoteChecks } from './QuoteChecks';
import type { ArticleRecord } from '../articles/articles.data';
import type { QuoteRecord } from './quotes.data';

/** The quote in its paragraph, so a reviewer checks the attribution against the words around it. */
function InContext() {
  const quote = useRecordContext<QuoteRecord>();
  const { data: article } = useGetOne<ArticleRecord>(
    'articles',
    { id: quote?.articleId, meta: { reader: true } },
    { enabled: Boolean(quote?.articleId) },
  );
  if (!quote || typeof article?.body !== 'string') return null;
  const around = 300;
  const length = codePointLength(article.body);
  const before = codePointSlice(article.body, Math.max(0, quote.startOffset - around), quote.startOffset);
  const inside = codePointSlice(article.body, quote.startOffset, quote.endOffset);
  const after = codePointSlice(article.body, quote.endOffset, Math.min(length, quote.endOffset + around));
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          In the article
        </Typography>
        {inside !== quote.text && <Alert severity="error">The article text at these offsets no longer matches the quote.</Alert>}
        <Typography component="p" sx={{ fontFamily: 'Georgia, serif', whiteSpace: 'pre-wrap' }}>
          {quote.startOffset > around && '…'}
          {before}
          <Box component="mark" sx={{ bgcolor: '#fff1b8', color: '#1a1a1a' }}>
            {inside}
          </Box>
          {after}
          {quote.endOffset + around < length && '…'}
        </Typography>
        <Link to={`/articles/${quote.articleId}/show`}>Open “{article.title}” in the reader</Link>
      </CardContent>
    </Card>
  );
}

function People() {
  const quote = useRecordContext<QuoteRecord>();
  if (!quote) return null;
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      {[quote.speaker, ...(quote.coSpeakers ?? [])].map((a) => (
        <Chip key={a.id} label={a.name} component={Link} to={`/actors/${a.id}/show`} clickable />
      ))}
    </Box>
  );
}

function Issues() {
  const quote = useRecordContext<QuoteRecord>();
  if (!quote) return null;
  // Right after a list, react-admin shows the list's copy of the record (without issues) until the full one arrives.
  if (!quote.issues?.length) return <Typography variant="body2">none</Typography>;
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      {quote.issues.map((i) => (
        <Chip key={i.id} label={i.title} component={Link} to={`/issues/${i.id}/show`} clickable variant="outlined" />
      ))}
    </Box>
  );
}

export function QuoteShow() {
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
                <TextField source="text" label="Quote" sx={{ fontSize: '1.15rem', fontFamily: 'Georgia, serif' }} />
                <Labeled label="Said by">
                  <People />
                </Labeled>
                <SelectField source="kind" choices={quoteKindChoices} />
                <SelectField source="delivery" choices={deliveryChoices} />
                <TextField source="deliveryContext" label="Delivery context" emptyText="—" />
                <DateField source="saidOn" label="Said on" />
                <Labeled label="Issues">
                  <Issues />
                </Labeled>
                <FunctionField label="Place in the article (code points)" render={(q: QuoteRecord) => `${q.startOffset}–${q.endOffset}`} />
              </SimpleShowLayout>
            </Card>
            <QuoteChecks />
            <InContext />
            <FactCheckPanel />
          </Stack>
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <RecordWorkflow />
        </Grid>
      </Grid>
    </Show>
  );
}
