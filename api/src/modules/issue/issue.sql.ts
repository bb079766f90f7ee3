/** SQL for the ids of an issue and every issue below it in the tree; `param` is a bound parameter such as ':issueId'. */
export function subIssueIdsSql(param: string): string {
  return `WITH RECURSIVE sub(id) AS (
      SELECT CAST(${param} AS uuid)
      UNION SELECT i.id FROM issues i JOIN sub ON i.parent_id = sub.id
    ) SELECT id FROM sub`;
}
