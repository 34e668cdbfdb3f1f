import { describe, expect, it } from 'vitest';
import { slices } from '../../../src/common/slices.js';

describe('slices', () => {
  it('cuts rows into consecutive slices, the last one shorter, and none for no rows', () => {
    expect(slices([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(slices([1, 2], 2)).toEqual([[1, 2]]);
    expect(slices([], 2)).toEqual([]);
  });
});
