import { CuratedEdit } from '../../workflow/CuratedEdit';
import { IssueInputs } from './IssueInputs';

export function IssueEdit() {
  return (
    <CuratedEdit>
      <IssueInputs />
    </CuratedEdit>
  );
}
