import { describe, expect, it } from 'vitest';
import { adaPerubahan, lembarDraf, POLA_KOTAK, teksKotak, ubahDraf } from './draft';

describe('draft', () => {
  const saved = { a: 12, b: null };
  it('keeps only what differs from the saved sheet', () => {
    let d = ubahDraf(saved, undefined, 'a', '13');
    expect(d).toEqual({ a: '13' });
    expect(teksKotak(saved, d, 'a')).toBe('13');
    expect(teksKotak(saved, d, 'b')).toBe('');
    d = ubahDraf(saved, d, 'a', '12');
    expect(adaPerubahan(d)).toBe(false);
    d = ubahDraf(saved, d, 'b', '0');
    expect(lembarDraf(saved, d, ['a', 'b', 'c'])).toEqual({ a: 12, b: 0, c: null });
    d = ubahDraf(saved, d, 'a', '');
    expect(lembarDraf(saved, d, ['a'])).toEqual({ a: null });
  });

  it('accepts up to three digits and nothing else', () => {
    expect(['', '0', '999'].every((s) => POLA_KOTAK.test(s))).toBe(true);
    expect(['1000', '-1', '1.5', 'x', ' 1'].some((s) => POLA_KOTAK.test(s))).toBe(false);
  });
});
