import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider/dataProvider';
import { errorMessage } from '../dataProvider/errors';

/** One workflow step: runs it, tells the user, and refreshes every query on screen. */
export function useWorkflowStep<A extends unknown[]>(step: (dp: ConsoleDataProvider, ...args: A) => Promise<unknown>, success: string) {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (args: A) => step(dataProvider, ...args),
    onSuccess: () => {
      notify(success, { type: 'success' });
      refresh();
    },
    onError: (error) => notify(errorMessage(error), { type: 'error' }),
  });
}
