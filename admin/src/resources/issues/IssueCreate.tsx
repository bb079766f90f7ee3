import { Create, SimpleForm } from 'react-admin';
import { IssueInputs } from './IssueInputs';

// Stable across renders: a new object each render would make react-admin reset the form,
// wiping values passed in the URL (?source=… from the article reader).
const defaults = { aliases: [], actorIds: [] };

export function IssueCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaults}>
        <IssueInputs />
      </SimpleForm>
    </Create>
  );
}
