import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import CallMergeIcon from '@mui/icons-material/CallMerge';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { AppBar, Menu, Layout as RaLayout, TitlePortal, useGetIdentity } from 'react-admin';

/** Who is signed in, as plain text beside the profile button (whose accessible name is its own). */
function SignedInAs() {
  const { identity } = useGetIdentity();
  if (!identity) return null;
  return (
    <Typography variant="body2" sx={{ mr: 1, display: { xs: 'none', sm: 'block' } }} data-testid="signed-in-as">
      {identity.name as string} · {String(identity.role).toLowerCase()}
    </Typography>
  );
}

function ConsoleAppBar() {
  return (
    <AppBar>
      <TitlePortal />
      <Box sx={{ flex: 1 }} />
      <SignedInAs />
    </AppBar>
  );
}

/** The resources, then the editors' pages that are not a resource of their own. */
function ConsoleMenu() {
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      <Menu.Item to="/import" primaryText="Import article" leftIcon={<UploadFileIcon />} />
      <Menu.Item to="/duplicates" primaryText="Duplicate actors" leftIcon={<CallMergeIcon />} />
    </Menu>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout appBar={ConsoleAppBar} menu={ConsoleMenu}>
      {children}
    </RaLayout>
  );
}
