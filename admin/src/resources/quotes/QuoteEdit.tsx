import { Box, Stack } from '@mui/material';
import { CuratedEdit } from '../../workflow/CuratedEdit';
import { FactCheckPanel } from '../factChecks/FactCheckPanel';
import { QuoteChecks } from './QuoteChecks';
import { QuoteInputs } from './QuoteInputs';

/** Beside the form (not inside it: the fact-check has a form of its own): the saved quote's checks and its fact-check. */
function QuoteEditAside() {
  return (
    <Box sx={{ width: { xs: '100%', lg: 420 }, ml: { lg: 2 }, flexShrink: 0 }}>
      <Stack spacing={2}>
        <QuoteChecks />
        <FactCheckPanel />
      </Stack>
    </Box>
  );
}

export function QuoteEdit() {
  return (
    <CuratedEdit aside={<QuoteEditAside />} offerParaphrase>
      <QuoteInputs />
    </CuratedEdit>
  );
}
