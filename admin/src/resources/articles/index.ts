import ArticleIcon from '@mui/icons-material/Article';
import { ArticleCreate } from './ArticleCreate';
import { ArticleEdit } from './ArticleEdit';
import { ArticleList } from './ArticleList';
import { ArticleShow } from './ArticleShow';

export default {
  name: 'articles',
  list: ArticleList,
  show: ArticleShow,
  edit: ArticleEdit,
  create: ArticleCreate,
  icon: ArticleIcon,
  recordRepresentation: 'title',
};
