import { CuratedEdit } from '../../workflow/CuratedEdit';
import { QuoteInputs } from './QuoteInputs';

export function QuoteEdit() {
  return (
    <CuratedEdit>
      <QuoteInputs />
    </CuratedEdit>
  );
}
