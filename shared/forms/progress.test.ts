import { describe, expect, it } from 'vitest';
import { kemajuanLembar } from './progress';

describe('kemajuanLembar', () => {
  it('compares the C.Hasil read with Sirekap row by row', () => {
    const k = kemajuanLembar('x', ['a', 'b', 'c', 'd'], { a: 40, b: 5, d: null }, { a: 840, b: 5, c: 7, d: 1 });
    expect(k).toEqual({ kodeTps: 'x', terisi: 2, jumlahBaris: 4, sirekap: true, selisih: { a: 840 }, dariSirekap: ['c', 'd'] });
    expect(kemajuanLembar('y', ['a'], {}, {})).toMatchObject({ terisi: 0, sirekap: false, selisih: {}, dariSirekap: [] });
  });
});
