/**
 * The line above the board and the table. Saved jobs are bookmarks, not applications: counted as
 * applications, the board said 43 where analytics said 40 applied or later (a walk).
 */
export function applicationsSummary(list: { total: number; items: readonly { status: string }[] }): string {
  if (list.items.length < list.total) return `Showing ${list.items.length} of ${list.total} applications and saved jobs`;
  const saved = list.items.filter((i) => i.status === 'saved').length;
  const applied = list.total - saved;
  const parts: string[] = [];
  if (applied > 0 || saved === 0) parts.push(`${applied} ${applied === 1 ? 'application' : 'applications'}`);
  if (saved > 0) parts.push(`${saved} ${saved === 1 ? 'saved job' : 'saved jobs'}`);
  return parts.join(' · ');
}
