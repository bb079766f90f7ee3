import { CuratedEdit } from '../../workflow/CuratedEdit';
import { ActorInputs } from './ActorInputs';

export function ActorEdit() {
  return (
    <CuratedEdit>
      <ActorInputs />
    </CuratedEdit>
  );
}
