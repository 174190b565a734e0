/** One result of the search page's list, built as elements: no result text is parsed as HTML. */
import { setExcerpt, type ResultView } from './engine';

export function resultItem(v: ResultView): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  const h = document.createElement('h2');
  h.className = 'result-title';
  const a = document.createElement('a');
  a.href = v.url;
  a.textContent = v.title;
  h.append(a);
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  for (const [cls, text] of [
    ['kind', v.kind],
    ['year', v.year],
    ['areas', v.areas],
  ] as const) {
    if (!text) continue;
    const span = document.createElement('span');
    span.className = cls;
    span.textContent = text;
    meta.append(span);
  }
  if (v.status) {
    const s = document.createElement('span');
    s.className = `status status-${v.status.toLowerCase().replace(/\s+/g, '-')}`;
    s.textContent = v.status;
    meta.append(s);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  setExcerpt(excerpt, v.excerpt);
  li.append(h, meta, excerpt);
  if (v.recording) {
    const p = document.createElement('p');
    p.className = 'result-recording';
    const r = document.createElement('a');
    r.href = v.recording;
    r.rel = 'noopener noreferrer';
    r.textContent = `${v.recordingKind ?? 'Recording'} of this session`;
    p.append(r);
    li.append(p);
  }
  if (v.subResults.length) {
    const ul = document.createElement('ul');
    ul.className = 'result-sections';
    for (const sub of v.subResults) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = sub.url;
      link.textContent = sub.title;
      item.append(link);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}
