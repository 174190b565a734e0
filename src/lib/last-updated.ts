/**
 * When each content file last changed, from git: one `git log` for the whole content folder,
 * read once per build. Omitted (null) where git cannot tell: outside a repository, or in a
 * shallow clone, whose history would date every file to the clone's one commit.
 */
import { execFileSync } from 'node:child_process';

let dates: Map<string, string> | null | undefined;

/** Parses `git log --format=%x00%cs --name-only`: each commit's date, then the files it touched. */
export function parseGitLog(log: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of log.split('\0').filter(Boolean)) {
    const [date, ...files] = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    // Newest commits come first: the first date seen for a file is its last change.
    for (const f of files) if (!out.has(f)) out.set(f, date!);
  }
  return out;
}

/** Every content file's last-change date, or null where git cannot tell. */
export function gitDates(root: string): Map<string, string> | null {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (git('rev-parse', '--is-shallow-repository').trim() === 'true') return null;
    return parseGitLog(git('log', '--format=%x00%cs', '--name-only', '--', 'content'));
  } catch {
    return null;
  }
}

/** YYYY-MM-DD of the file's last commit, or null when git cannot tell. */
export function lastUpdated(file: string, root = process.cwd()): string | null {
  if (dates === undefined) dates = gitDates(root);
  return dates?.get(file) ?? null;
}
