import { Create, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

// Stable across renders: a new object each render would make react-admin reset the form,
// wiping values passed in the URL (?source=… from the article reader).
const defaults = { role: 'EDITOR' };

export function UserCreate() {
  return (
    <Create redirect="edit">
      <SimpleForm defaultValues={defaults}>
        <UserInputs creating />
      </SimpleForm>
    </Create>
  );
}
