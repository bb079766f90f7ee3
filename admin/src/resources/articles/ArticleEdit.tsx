import { CuratedEdit } from '../../workflow/CuratedEdit';
import { ArticleInputs } from './ArticleInputs';

export function ArticleEdit() {
  return (
    <CuratedEdit>
      <ArticleInputs />
    </CuratedEdit>
  );
}
