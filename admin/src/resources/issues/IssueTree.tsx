import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import { Alert, Box, Collapse, IconButton, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { Link, useGetList } from 'react-admin';
import type { IssueListItemFragment } from '../../gql/graphql';

interface TreeNode {
  issue: IssueListItemFragment;
  children: TreeNode[];
}

/** Every issue as a tree (issues are few: hundreds at most, fetched 100 a request). */
export function IssueTree() {
  const { data, isPending, error } = useGetList<IssueListItemFragment & { id: string }>('issues', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'title', order: 'ASC' },
  });
  const roots = useMemo(() => {
    const nodes = new Map<string, TreeNode>();
    for (const issue of data ?? []) nodes.set(issue.id, { issue, children: [] });
    const top: TreeNode[] = [];
    for (const node of nodes.values()) {
      const parent = node.issue.parent && nodes.get(node.issue.parent.id);
      if (parent) parent.children.push(node);
      else top.push(node);
    }
    return top;
  }, [data]);
  if (isPending) return <Typography sx={{ p: 2 }}>Loading issues…</Typography>;
  if (error) return <Alert severity="error">{String((error as Error).message)}</Alert>;
  if (roots.length === 0) return <Alert severity="info">No issues yet.</Alert>;
  return (
    <List aria-label="Issue tree" dense>
      {roots.map((node) => (
        <Branch key={node.issue.id} node={node} depth={0} />
      ))}
    </List>
  );
}

function Branch({ node, depth }: { node: TreeNode; depth: number }) {
  const [open, setOpen] = useState(depth < 2);
  const hasChildren = node.children.length > 0;
  return (
    <>
      <ListItem
        disablePadding
        sx={{ pl: depth * 3 }}
        secondaryAction={
          hasChildren ? (
            <IconButton
              edge="end"
              onClick={() => setOpen(!open)}
              aria-label={open ? `Collapse ${node.issue.title}` : `Expand ${node.issue.title}`}
            >
              {open ? <ExpandLess /> : <ExpandMore />}
            </IconButton>
          ) : undefined
        }
      >
        <ListItemButton component={Link} to={`/issues/${node.issue.id}/show`}>
          <ListItemText
            primary={node.issue.title}
            secondary={hasChildren ? `${node.issue.slug} · ${node.children.length} under it` : node.issue.slug}
          />
        </ListItemButton>
      </ListItem>
      {hasChildren && (
        <Box component="li" sx={{ listStyle: 'none' }}>
          <Collapse in={open} unmountOnExit>
            <List dense disablePadding aria-label={`Under ${node.issue.title}`}>
              {node.children.map((child) => (
                <Branch key={child.issue.id} node={child} depth={depth + 1} />
              ))}
            </List>
          </Collapse>
        </Box>
      )}
    </>
  );
}
