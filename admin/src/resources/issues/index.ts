import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { IssueCreate } from './IssueCreate';
import { IssueEdit } from './IssueEdit';
import { IssueList } from './IssueList';
import { IssueShow } from './IssueShow';

export default {
  name: 'issues',
  list: IssueList,
  show: IssueShow,
  edit: IssueEdit,
  create: IssueCreate,
  icon: AccountTreeIcon,
  recordRepresentation: 'title',
};
