import { describe, expect, it } from 'vitest';
import type { MasukanTataLetak, UkurTeks } from './layout';
import { masukanSama } from './layout-tetap';

const ukur: UkurTeks = (text) => text.length * 10;
const dasar: MasukanTataLetak = {
  lebar: 1024,
  tinggi: 768,
  bagian: [],
  unit: [
    { kode: '3369012001', judul: 'WANAJAYA', lebarIsi: 40 },
    { kode: '3369012002', judul: 'KARANGTENGAH', lebarIsi: 52 },
  ],
  angkaTerlebarUnit: '9.999',
  angkaTerlebarJumlah: '99.999',
  ukur,
};

describe('keeping the projector layout after a save', () => {
  it('keeps it when only values changed (new objects, same widths)', () => {
    expect(masukanSama(dasar, { ...dasar, unit: dasar.unit.map((u) => ({ ...u })) })).toBe(true);
  });

  it('lays out again when a column widest cell, a widest number, the rows or the screen changed', () => {
    expect(masukanSama(dasar, { ...dasar, unit: [dasar.unit[0]!, { ...dasar.unit[1]!, lebarIsi: 64 }] })).toBe(false);
    expect(masukanSama(dasar, { ...dasar, angkaTerlebarJumlah: '100.000' })).toBe(false);
    expect(masukanSama(dasar, { ...dasar, angkaTerlebarUnit: '10.000' })).toBe(false);
    expect(masukanSama(dasar, { ...dasar, bagian: [] })).toBe(false);
    expect(masukanSama(dasar, { ...dasar, lebar: 1920 })).toBe(false);
    expect(masukanSama(dasar, { ...dasar, unit: dasar.unit.slice(1) })).toBe(false);
    expect(masukanSama(dasar, { ...dasar, unit: [dasar.unit[1]!, dasar.unit[0]!] })).toBe(false);
  });
});
