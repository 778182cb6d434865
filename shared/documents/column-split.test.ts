import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacity, splitColumns, type ColumnFit } from './column-split';

const fit: ColumnFit = { available: 879, fixedWidth: 213, unitWidth: 44, summaryWidth: 62 };

describe('capacity', () => {
  it('counts the unit columns beside the summary columns', () => {
    expect(capacity(fit, 1)).toBe(13); // (879 - 213 - 62) / 44 = 13.7
    expect(capacity(fit, 2)).toBe(12); // (879 - 213 - 124) / 44 = 12.3
  });
});

describe('splitColumns', () => {
  it('keeps a table that fits on one page', () => {
    expect(splitColumns(13, fit)).toEqual([Array.from({ length: 13 }, (_, i) => i)]);
    expect(splitColumns(0, fit)).toEqual([[]]);
  });

  it('splits 15 columns over two balanced pages', () => {
    expect(splitColumns(15, fit).map((c) => c.length)).toEqual([8, 7]);
  });

  it('uses a middle page with two summary columns when needed', () => {
    // 13 + 12 = 25 < 30: three pages.
    expect(splitColumns(30, fit).map((c) => c.length)).toEqual([10, 10, 10]);
    expect(splitColumns(26, fit).map((c) => c.length)).toEqual([9, 9, 8]);
  });

  it('refuses a page too narrow for a single column', () => {
    expect(() => splitColumns(5, { ...fit, available: 300 })).toThrow(RangeError);
  });

  it('covers every column once, in order, in the fewest pages, each page within the width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 400, max: 1200 }), (count, available) => {
        const f = { ...fit, available };
        const chunks = splitColumns(count, f);
        expect(chunks.flat()).toEqual(Array.from({ length: count }, (_, i) => i));
        const greedy = count <= capacity(f, 1) ? 1 : 1 + Math.ceil((count - capacity(f, 1)) / capacity(f, 2));
        expect(chunks.length).toBe(greedy);
        chunks.forEach((c, k) => {
          const summaries = chunks.length === 1 ? 1 : k === 0 ? 1 : 2;
          expect(c.length).toBeGreaterThan(0);
          expect(f.fixedWidth + c.length * f.unitWidth + summaries * f.summaryWidth).toBeLessThanOrEqual(available);
        });
      }),
    );
  });
});
