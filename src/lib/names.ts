/**
 * The one rule for "is this the same name": the content check (duplicate people), the archive
 * (speaker look-up) and the importer (matching Indico's speakers to people) all fold names
 * with `foldName`, so a spelling that one of them merges is merged by all three.
 */

/** Letters that NFKD does not split into a base letter and a combining mark. */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/**
 * Folds case, accents, spacing and punctuation: "Jörg Rödel", "jorg  rodel" and "Jörg-Rödel"
 * all give "jorg rodel"; "Kishon Vijay Abraham I." gives "kishon vijay abraham i".
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđłþı]/g, (c) => LETTERS[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
