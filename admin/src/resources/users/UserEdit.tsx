import { Alert, Box, Card, CardContent, List, ListItem, ListItemText, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Edit, SimpleForm, useDataProvider, useNotify, useRecordContext } from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider/dataProvider';
import { errorMessage } from '../../dataProvider/errors';
import { UserInputs } from './UserInputs';

/** Personal API tokens: the secret is shown once, right after creation, and never again. */
function ApiTokens() {
  const user = useRecordContext<{ id: string }>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const tokens = useQuery({
    queryKey: ['apiTokens', user?.id],
    queryFn: () => dataProvider.apiTokens(String(user!.id)),
    enabled: Boolean(user),
  });
  if (!user) return null;
  const create = async () => {
    try {
      const result = await dataProvider.createApiToken(String(user.id), name.trim());
      setCreated(result.token);
      setName('');
      await tokens.refetch();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    }
  };
  const revoke = async (id: string) => {
    try {
      await dataProvider.revokeApiToken(id);
      await tokens.refetch();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2">
          API tokens
        </Typography>
        {created && (
          <Alert severity="success" sx={{ my: 1 }} onClose={() => setCreated(null)}>
            Copy this token now; it is not shown again: <code style={{ wordBreak: 'break-all' }}>{created}</code>
          </Alert>
        )}
        <List dense>
          {tokens.data?.length === 0 && (
            <ListItem>
              <ListItemText primary="No tokens." />
            </ListItem>
          )}
          {tokens.data?.map((t) => (
            <ListItem key={t.id} secondaryAction={!t.revokedAt && <Button label="Revoke" onClick={() => revoke(t.id)} />}>
              <ListItemText
                primary={t.name}
                secondary={`created ${new Date(t.createdAt).toLocaleDateString()}${t.lastUsedAt ? `, last used ${new Date(t.lastUsedAt).toLocaleString()}` : ''}${t.revokedAt ? ', revoked' : ''}`}
              />
            </ListItem>
          ))}
        </List>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <TextField size="small" label="New token's name" value={name} onChange={(e) => setName(e.target.value)} />
          <Button label="Create token" variant="outlined" disabled={name.trim() === ''} onClick={create} />
        </Box>
      </CardContent>
    </Card>
  );
}

export function UserEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <>
        <SimpleForm>
          <UserInputs />
        </SimpleForm>
        <ApiTokens />
      </>
    </Edit>
  );
}
