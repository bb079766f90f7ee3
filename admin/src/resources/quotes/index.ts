import FormatQuoteIcon from '@mui/icons-material/FormatQuote';
import { QuoteCreate } from './QuoteCreate';
import { QuoteEdit } from './QuoteEdit';
import { QuoteList } from './QuoteList';
import { QuoteShow } from './QuoteShow';

export default {
  name: 'quotes',
  list: QuoteList,
  show: QuoteShow,
  edit: QuoteEdit,
  create: QuoteCreate,
  icon: FormatQuoteIcon,
  recordRepresentation: (q: { text: string }) => (q.text.length > 60 ? `“${q.text.slice(0, 60)}…”` : `“${q.text}”`),
};
