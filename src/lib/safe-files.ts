/**
 * Which files under the content folder may be read at all. A repository that takes
 * contributions cannot trust a file because it sits in content/: a symbolic link there can
 * point at any file the builder can read, and the build would quote or publish it. So the
 * archive reads only regular files reached without a link; anything else is reported by the
 * path of the link and of its target, never by what the target holds. The content check and
 * Astro's loaders (src/content.config.ts) both list files through here.
 */
import { lstatSync, readdirSync, readlinkSync, realpathSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';

/** A file the archive refuses to read, and why. */
export interface UnsafeFile {
  /** Absolute path of the link or special file, as found under the content folder. */
  file: string;
  kind: 'symlink' | 'special';
  /** For a link: the absolute path it points at (which may not exist). */
  target?: string;
  /** For a link: whether the target lies inside the content folder. */
  inside?: boolean;
}

export interface ContentListing {
  /** Regular files, as paths relative to the folder with `/` separators, sorted. */
  files: string[];
  unsafe: UnsafeFile[];
}

const isInside = (folder: string, p: string) => {
  const rel = path.relative(folder, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

function describeLink(inside: string, link: string): UnsafeFile {
  const target = path.resolve(path.dirname(link), readlinkSync(link));
  let real = target;
  try {
    real = realpathSync(link);
  } catch {
    // A dangling link: its target path is all there is to report.
  }
  return { file: link, kind: 'symlink', target, inside: isInside(realpathSync(inside), real) };
}

/**
 * Lists `folder` without following links: a link to a file or a folder is reported, not
 * entered. Hidden entries (".git", ".DS_Store") are skipped, as the collection globs skip them.
 * `root` is the content folder, for telling links that stay inside it from those that leave.
 */
export function listContent(folder: string, root = folder): ContentListing {
  const files: string[] = [];
  const unsafe: UnsafeFile[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // a missing collection folder simply holds no entries
    }
    for (const d of entries) {
      if (d.name.startsWith('.')) continue;
      const full = path.join(dir, d.name);
      if (d.isSymbolicLink()) unsafe.push(describeLink(root, full));
      else if (d.isDirectory()) walk(full);
      else if (d.isFile()) files.push(path.relative(folder, full).split(path.sep).join('/'));
      else unsafe.push({ file: full, kind: 'special' });
    }
  };
  walk(folder);
  files.sort();
  unsafe.sort((a, b) => a.file.localeCompare(b.file));
  return { files, unsafe };
}

/** True when `file` is a regular file whose path below `folder` passes through no link. */
export function isPlainFileInside(folder: string, file: string): boolean {
  try {
    if (!lstatSync(file).isFile()) return false;
    const rel = path.relative(path.resolve(folder), path.resolve(file));
    if (rel.startsWith('..') || path.isAbsolute(rel)) return false;
    return realpathSync(file) === path.join(realpathSync(folder), rel);
  } catch {
    return false;
  }
}

/** The one sentence about a refused file; `shown` turns an absolute path into a display path. */
export function unsafeMessage(u: UnsafeFile, shown: (p: string) => string): { message: string; fix: string } {
  if (u.kind === 'special') {
    return {
      message: 'This is not a regular file (a pipe, socket or device), so the archive does not read it.',
      fix: 'Delete it, or replace it with a regular file.',
    };
  }
  const target = cut(shown(u.target!));
  return u.inside
    ? {
        message: `This is a symbolic link to ${target}; the archive reads only regular files, so the link is not followed.`,
        fix: 'Replace the link with the file itself, or delete it.',
      }
    : {
        message: `This is a symbolic link to ${target}, outside the content folder; the archive reads only regular files inside it, so the link is not followed.`,
        fix: 'Delete the link, or copy the content you mean to publish into a regular file here.',
      };
}

/** Paths and values in messages are cut short: a message never carries more than that. */
export function cut(s: string, max = 80): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export type Decoded = { text: string } | { line: number; column: number; bytes: string };

/**
 * Decodes UTF-8, dropping a leading byte order mark. Bytes that are not UTF-8 would reach the
 * page as U+FFFD, so they are found and placed instead: line and column (in characters) of the
 * first bad sequence, and that sequence in hex.
 */
export function decodeUtf8(buf: Uint8Array): Decoded {
  if (isUtf8(buf)) return { text: new TextDecoder('utf-8').decode(buf) };
  const at = firstInvalidByte(buf);
  const lineStart = at === 0 ? 0 : buf.lastIndexOf(0x0a, at - 1) + 1;
  const line = 1 + buf.subarray(0, lineStart).filter((b) => b === 0x0a).length;
  const before = new TextDecoder('utf-8').decode(buf.subarray(lineStart, at));
  let end = at + 1;
  while (end < buf.length && end < at + 4 && (buf[end]! & 0xc0) === 0x80) end++;
  const bytes = [...buf.subarray(at, end)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`);
  return { line, column: [...before].length + 1, bytes: bytes.join(' ') };
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidByte(buf: Uint8Array): number {
  for (let i = 0; i < buf.length;) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!length) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    const second = buf[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k < length; k++) if (((buf[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return buf.length;
}
