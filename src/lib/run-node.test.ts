import { describe, expect, it } from 'vitest';
import { runNode } from './run-node.ts';

describe('a quiet Node process', () => {
  const failure = (ended: string, output: string) => `stopped (${ended}): ${output.trim()}`;

  it('says nothing when it succeeds', async () => {
    await expect(runNode(['-e', 'console.log("noise")'], failure)).resolves.toBeUndefined();
  });

  it('fails with how it ended and what it printed', async () => {
    await expect(runNode(['-e', 'console.error("disk full"); process.exit(3)'], failure)).rejects.toThrow(
      'stopped (exit 3): disk full',
    );
  });
});
