import { describe, expect, it } from 'vitest';
import { foldName } from './names.ts';

describe('foldName', () => {
  it('treats accents, case and spacing as the same name', () => {
    expect(foldName('Jörg Rödel')).toBe(foldName('jorg  RODEL'));
    expect(foldName('Ilpo Järvinen')).toBe('ilpo jarvinen');
  });
  it('treats punctuation as spacing', () => {
    expect(foldName('Jörg-Rödel')).toBe('jorg rodel');
    expect(foldName('Kishon Vijay Abraham I.')).toBe('kishon vijay abraham i');
    expect(foldName('Krzysztof Wilczyński')).toBe('krzysztof wilczynski');
  });
  it('folds letters that have no combining accent', () => {
    expect(foldName('Łukasz Strauß')).toBe('lukasz strauss');
  });
  it('keeps different names apart', () => {
    expect(foldName('Yi Liu')).not.toBe(foldName('Yi Lu'));
  });
});
