import RateReviewIcon from '@mui/icons-material/RateReview';
import { ReviewQueue } from './ReviewQueue';

export default {
  name: 'review',
  list: ReviewQueue,
  icon: RateReviewIcon,
  options: { label: 'Review queue' },
  recordRepresentation: 'label',
};
