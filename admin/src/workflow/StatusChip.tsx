import { Chip } from '@mui/material';
import type { ReviewStatus } from '../gql/graphql';

// Explicit colours: MUI's info and warning chips put white text on too light a background (WCAG AA).
const look: Record<ReviewStatus, { label: string; bg?: string }> = {
  DRAFT: { label: 'Draft' },
  IN_REVIEW: { label: 'In review', bg: '#0b5394' },
  CHANGES_REQUESTED: { label: 'Changes requested', bg: '#8a4b00' },
  APPROVED: { label: 'Approved', bg: '#1b5e20' },
};

export function StatusChip({ status }: { status: ReviewStatus | null | undefined }) {
  if (!status) return null;
  const { label, bg } = look[status];
  return (
    <Chip
      size="small"
      label={label}
      variant={bg ? 'filled' : 'outlined'}
      sx={bg ? { bgcolor: bg, color: '#fff' } : undefined}
      data-status={status}
    />
  );
}
