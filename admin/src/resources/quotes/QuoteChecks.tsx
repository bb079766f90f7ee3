import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import WarningIcon from '@mui/icons-material/Warning';
import { Alert, Box, Card, CardContent, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { QuoteRecord } from './quotes.data';

/** Whether the quote's words are the article's at its offsets: required of DIRECT quotes, shown for paraphrases. */
export function VerbatimIndicator({
  matches,
  found,
  kind,
  live = false,
}: {
  matches: boolean;
  found: string;
  kind: string;
  live?: boolean;
}) {
  const prefix = live ? 'As typed: ' : '';
  if (matches) {
    return (
      <Alert severity="success" role="status" data-testid="verbatim-check" data-matches="true">
        {prefix}verbatim — the article holds exactly these words at these offsets.
      </Alert>
    );
  }
  return (
    <Alert severity={kind === 'DIRECT' ? 'error' : 'info'} role="status" data-testid="verbatim-check" data-matches="false">
      {prefix}
      {kind === 'DIRECT' ? 'mismatch — a direct quote must be word for word. ' : 'a paraphrase, not word for word. '}
      The article holds: <q>{found.length > 300 ? `${found.slice(0, 300)}…` : found}</q>
    </Alert>
  );
}

/** The server's verbatim check and the titles the article gives the speaker, checked against their roles on the article's date. */
export function QuoteChecks() {
  const quote = useRecordContext<QuoteRecord>();
  if (!quote || quote.titleChecks === undefined) return null;
  const flagged = quote.titleChecks.filter((c) => !c.matches).length;
  return (
    <Card data-testid="quote-checks">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          Checks
        </Typography>
        <Typography variant="subtitle2" component="h3">
          Verbatim
        </Typography>
        {quote.verbatim ? (
          <VerbatimIndicator matches={quote.verbatim.matches} found={quote.verbatim.found} kind={quote.kind} />
        ) : (
          <Typography variant="body2">Not available.</Typography>
        )}
        <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
          Titles the article gives the speaker
          {flagged > 0 && (
            <Typography component="span" color="error" variant="body2">
              {' '}
              ({flagged} flagged)
            </Typography>
          )}
        </Typography>
        {quote.titleChecks.length === 0 && <Typography variant="body2">The article gives the speaker no title.</Typography>}
        <List dense disablePadding data-testid="title-checks">
          {quote.titleChecks.map((c) => (
            <ListItem key={`${c.startOffset}-${c.title}`} disableGutters data-matches={String(c.matches)}>
              <ListItemIcon sx={{ minWidth: 32 }}>
                {c.matches ? (
                  <CheckCircleIcon sx={{ color: '#1b5e20' }} titleAccess="fits a role" />
                ) : (
                  <WarningIcon sx={{ color: '#8a1c1c' }} titleAccess="mismatch" />
                )}
              </ListItemIcon>
              <ListItemText
                primary={`${c.title} ${c.mention}`}
                secondary={
                  <Box component="span">
                    {c.matches ? 'Fits a role held on the article’s date' : 'No role held on the article’s date fits this title'}
                    {' · roles then: '}
                    {c.rolesOnDate.length ? c.rolesOnDate.join('; ') : 'none recorded'}
                  </Box>
                }
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
