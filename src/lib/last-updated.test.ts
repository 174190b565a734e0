import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitDates, parseGitLog } from './last-updated.ts';

describe('last-updated dates from git', () => {
  it('takes the newest commit that touched each file', () => {
    const log = '\u00002024-05-02\n\ncontent/a.yaml\n\u00002023-01-01\n\ncontent/a.yaml\ncontent/b.mdx\n';
    expect(parseGitLog(log)).toEqual(
      new Map([
        ['content/a.yaml', '2024-05-02'],
        ['content/b.mdx', '2023-01-01'],
      ]),
    );
  });

  it('gives no date in a shallow clone, whose history would be wrong', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'git-'));
    const git = (cwd: string, ...a: string[]) =>
      execFileSync('git', a, {
        cwd,
        stdio: 'ignore',
        env: {
          ...process.env,
          GIT_AUTHOR_DATE: '2020-01-02T00:00:00Z',
          GIT_COMMITTER_DATE: '2020-01-02T00:00:00Z',
        },
      });
    git(repo, 'init', '-q');
    mkdirSync(path.join(repo, 'content'));
    writeFileSync(path.join(repo, 'content', 'x.yaml'), 'a: 1\n');
    git(repo, 'add', '.');
    git(repo, '-c', 'user.email=t@example.org', '-c', 'user.name=t', 'commit', '-qm', 'x');
    const shallow = mkdtempSync(path.join(tmpdir(), 'shallow-'));
    git(shallow, 'clone', '-q', '--depth', '1', `file://${repo}`, '.');
    expect(gitDates(repo)?.get('content/x.yaml')).toBe('2020-01-02');
    expect(gitDates(shallow)).toBeNull();
  });
});
