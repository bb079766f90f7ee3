import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { formatValue } from './formatValue';

export interface FieldChange {
  field: string;
  from?: unknown;
  to?: unknown;
  /** For id fields: the names or titles behind the ids, shown instead of them. */
  fromLabel?: unknown;
  toLabel?: unknown;
}

/** Field-by-field: what the approved revision says, what the pending one says. */
export function DiffTable({
  changes,
  fromLabel = 'Approved',
  toLabel = 'Pending',
}: {
  changes: readonly FieldChange[];
  fromLabel?: string;
  toLabel?: string;
}) {
  if (changes.length === 0) return <Typography variant="body2">No field changed.</Typography>;
  return (
    <Table size="small" aria-label="Changes field by field">
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            Field
          </TableCell>
          <TableCell component="th" scope="col">
            {fromLabel}
          </TableCell>
          <TableCell component="th" scope="col">
            {toLabel}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map((c) => (
          <TableRow key={c.field} data-field={c.field}>
            <TableCell sx={{ fontWeight: 500, verticalAlign: 'top' }}>{c.field}</TableCell>
            <TableCell sx={{ verticalAlign: 'top', color: '#8a1c1c', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              <del style={{ textDecoration: c.from == null ? 'none' : undefined }}>{formatValue(c.fromLabel ?? c.from)}</del>
            </TableCell>
            <TableCell sx={{ verticalAlign: 'top', color: '#14532d', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              <ins style={{ textDecoration: 'none' }}>{formatValue(c.toLabel ?? c.to)}</ins>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
