import { Typography } from '@mui/material';
import { Navigate } from 'react-router-dom';
import { Show, useRecordContext } from 'react-admin';
import type { FactCheckRecord } from './factChecks.data';

/** A fact-check lives on its quote's screen: links to a fact-check (review queue, audit) land there. */
export function FactCheckShow() {
  return (
    <Show component="div" actions={false}>
      <ToQuote />
    </Show>
  );
}

function ToQuote() {
  const check = useRecordContext<FactCheckRecord>();
  if (!check?.quoteId) return <Typography sx={{ p: 2 }}>Loading the fact-check…</Typography>;
  return <Navigate to={`/quotes/${check.quoteId}/show`} replace />;
}
