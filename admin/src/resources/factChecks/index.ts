import FactCheckIcon from '@mui/icons-material/FactCheck';
import { FactCheckList } from './FactCheckList';
import { FactCheckShow } from './FactCheckShow';

export default {
  name: 'factChecks',
  list: FactCheckList,
  show: FactCheckShow,
  icon: FactCheckIcon,
  options: { label: 'Fact-checks' },
  recordRepresentation: (f: { summary: string }) => f.summary,
};
