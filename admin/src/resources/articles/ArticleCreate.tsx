import { Create, SimpleForm } from 'react-admin';
import { ArticleInputs } from './ArticleInputs';

export function ArticleCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <ArticleInputs creating />
      </SimpleForm>
    </Create>
  );
}
