import PeopleIcon from '@mui/icons-material/People';
import { ActorCreate } from './ActorCreate';
import { ActorEdit } from './ActorEdit';
import { ActorList } from './ActorList';
import { ActorShow } from './ActorShow';

export default {
  name: 'actors',
  list: ActorList,
  show: ActorShow,
  edit: ActorEdit,
  create: ActorCreate,
  icon: PeopleIcon,
  recordRepresentation: 'name',
};
