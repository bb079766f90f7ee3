import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { Button } from 'react-admin';

/** A reviewer sends a record back with a note the editor will see on it. */
export function RequestChangesDialog({
  open,
  label,
  onCancel,
  onSend,
}: {
  open: boolean;
  label: string;
  onCancel: () => void;
  onSend: (note: string) => void;
}) {
  const [note, setNote] = useState('');
  return (
    <Dialog open={open} onClose={onCancel} fullWidth maxWidth="sm" aria-labelledby="request-changes-title">
      <DialogTitle id="request-changes-title">Request changes</DialogTitle>
      <DialogContent>
        <DialogContentText>Say what {label} needs before it can be approved.</DialogContentText>
        <TextField
          label="Note for the editor"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          multiline
          minRows={3}
          fullWidth
          autoFocus
          margin="normal"
          required
        />
      </DialogContent>
      <DialogActions>
        <Button label="Cancel" onClick={onCancel} />
        <Button
          label="Send back"
          variant="contained"
          disabled={note.trim() === ''}
          onClick={() => {
            onSend(note.trim());
            setNote('');
          }}
        />
      </DialogActions>
    </Dialog>
  );
}
