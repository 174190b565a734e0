import { describe, expect, it } from 'vitest';
import StatusBadge from '../../src/components/StatusBadge.astro';
import { OUTCOME_STATUSES, STATUS_LABELS } from '../../src/lib/status.ts';
import { render, text } from './render.ts';

describe('StatusBadge', () => {
  it.each(OUTCOME_STATUSES)(
    'reads the %s status in words, styled by status, linking to its outcomes',
    async (status) => {
      const badge = (await render(StatusBadge, { status })).querySelector('a')!;
      expect(text(badge)).toBe(STATUS_LABELS[status]);
      expect(badge.classList.contains(`status-${status}`)).toBe(true);
      expect(badge.getAttribute('href')).toBe(`/outcomes/status/${status}/`);
    },
  );

  it('is plain text where asked not to link', async () => {
    const html = await render(StatusBadge, { status: 'merged', link: false });
    expect(html.querySelector('a')).toBeNull();
    expect(text(html)).toBe('Merged');
  });

  it('says "In review", not the id', async () => {
    expect(text(await render(StatusBadge, { status: 'in-review' }))).toBe('In review');
  });
});
