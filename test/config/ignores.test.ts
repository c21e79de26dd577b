import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IgnoreList } from '../../src/config/ignores.js';

const BASE = path.resolve('/reports');
const ignoring = (patterns: string[], file: string): string | undefined => new IgnoreList(patterns, BASE).ignoring(path.join(BASE, file));

describe('ignores', () => {
  it('ties a pattern with a slash to the configuration folder', () => {
    expect(ignoring(['drafts/**'], 'drafts/2024/a.docx')).toBe('drafts/**');
    expect(ignoring(['drafts/**'], 'final/drafts/a.docx')).toBeUndefined();
    expect(ignoring(['/a.bak.docx'], 'old/a.bak.docx')).toBeUndefined();
    expect(ignoring(['**/*.bak.docx'], 'old/x/a.bak.docx')).toBe('**/*.bak.docx');
  });

  it('matches a pattern without a slash at any depth, as .gitignore does', () => {
    expect(ignoring(['*.bak.docx'], 'a.bak.docx')).toBe('*.bak.docx');
    expect(ignoring(['*.bak.docx'], 'old/a.bak.docx')).toBe('*.bak.docx');
    expect(ignoring(['*.bak.docx'], 'old/a.docx')).toBeUndefined();
  });

  it('ignores everything in a folder a pattern names', () => {
    for (const pattern of ['drafts', 'drafts/', '/drafts']) expect(ignoring([pattern], 'drafts/x/a.md')).toBe(pattern);
    expect(ignoring(['drafts/'], 'drafts')).toBeUndefined(); // a file named so is no folder
    expect(ignoring(['drafts'], 'drafts-final/a.md')).toBeUndefined();
  });

  it('checks a file again after a later "!" pattern, but not one inside an ignored folder', () => {
    expect(ignoring(['*.md', '!说明.md'], '说明.md')).toBeUndefined();
    expect(ignoring(['*.md', '!说明.md'], '附件.md')).toBe('*.md');
    expect(ignoring(['drafts/', '!drafts/keep.docx'], 'drafts/keep.docx')).toBe('drafts/');
  });

  it('leaves files outside the configuration folder alone', () => {
    expect(new IgnoreList(['*'], BASE).ignoring(path.resolve('/elsewhere/a.txt'))).toBeUndefined();
  });
});
