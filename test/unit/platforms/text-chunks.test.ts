import { describe, expect, it } from 'vitest';
import { splitUtf8 } from '../../../src/common/text-chunks.js';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('splitting long messages for the platforms', () => {
  it('keeps a message that fits whole', () => {
    expect(splitUtf8('你好', 2048)).toEqual(['你好']);
    expect(splitUtf8('', 2048)).toEqual(['']);
  });

  it('cuts Chinese text within the byte limit without breaking a character', () => {
    const text = '科技特派员'.repeat(300); // 4,500 bytes
    const parts = splitUtf8(text, 2048);
    expect(parts.length).toBe(3);
    for (const part of parts) {
      expect(bytes(part)).toBeLessThanOrEqual(2048);
      expect(part).not.toContain('\uFFFD');
    }
    expect(parts.join('')).toBe(text);
  });

  it('prefers to cut at a line break', () => {
    const line = `${'政'.repeat(200)}\n`; // 601 bytes a line
    const parts = splitUtf8(line.repeat(5), 2048);
    expect(parts[0]).toBe(line.repeat(3).trimEnd());
    expect(parts.every((part) => bytes(part) <= 2048)).toBe(true);
  });

  it('keeps emoji (4-byte characters) whole', () => {
    const parts = splitUtf8('👍'.repeat(10), 9);
    expect(parts).toEqual(['👍👍', '👍👍', '👍👍', '👍👍', '👍👍']);
  });
});
