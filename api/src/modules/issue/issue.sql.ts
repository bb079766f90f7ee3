/**
 * SQL for the ids of an issue and every issue below it in the tree, in `table`
 * (issues or published_issues); `param` is a bound parameter such as ':issueId'.
 */
export function subIssueIdsSql(param: string, table = 'issues'): string {
  return `WITH RECURSIVE sub(id) AS (
      SELECT CAST(${param} AS uuid)
      UNION SELECT i.id FROM ${table} i JOIN sub ON i.parent_id = sub.id
    ) SELECT id FROM sub`;
}
