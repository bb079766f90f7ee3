import { Create, SimpleForm } from 'react-admin';
import { QuoteInputs } from './QuoteInputs';

// Stable across renders: a new object each render would make react-admin reset the form,
// wiping values passed in the URL (?source=… from the article reader).
const defaults = { kind: 'DIRECT', delivery: 'STATEMENT', coSpeakerIds: [], issueIds: [] };

export function QuoteCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaults}>
        <QuoteInputs />
      </SimpleForm>
    </Create>
  );
}
