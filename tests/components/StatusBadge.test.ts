import { describe, expect, it } from 'vitest';
import StatusBadge from '../../src/components/StatusBadge.astro';
import { OUTCOME_STATUSES, STATUS_LABELS } from '../../src/lib/status.ts';
import { render, text } from './render.ts';

describe('StatusBadge', () => {
  it.each(OUTCOME_STATUSES)('reads the %s status in words, styled by status', async (status) => {
    const badge = (await render(StatusBadge, { status })).querySelector('span')!;
    expect(text(badge)).toBe(STATUS_LABELS[status]);
    expect(badge.classList.contains(`status-${status}`)).toBe(true);
  });

  it('says "In review", not the id', async () => {
    expect(text(await render(StatusBadge, { status: 'in-review' }))).toBe('In review');
  });
});
