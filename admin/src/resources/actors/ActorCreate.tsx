import { Create, SimpleForm } from 'react-admin';
import { ActorInputs } from './ActorInputs';

// Stable across renders: a new object each render would make react-admin reset the form,
// wiping values passed in the URL (?source=… from the article reader).
const defaults = { kind: 'PERSON', aliases: [], misspellings: [], roles: [] };

export function ActorCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaults}>
        <ActorInputs />
      </SimpleForm>
    </Create>
  );
}
