import { describe, expect, it } from 'vitest';
import { formatHariTanggal, formatTanggal, formatWaktu, isTanggalValid, tanggalDalamKata } from './date';
import { terbilang } from './terbilang';
import { formatAngka } from './number';

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [14, 'empat belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [24, 'dua puluh empat'],
    [100, 'seratus'],
    [111, 'seratus sebelas'],
    [250, 'dua ratus lima puluh'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [2024, 'dua ribu dua puluh empat'],
    [11_000, 'sebelas ribu'],
    [100_000, 'seratus ribu'],
    [1_000_000, 'satu juta'],
    [204_807_222, 'dua ratus empat juta delapan ratus tujuh ribu dua ratus dua puluh dua'],
    [2_000_000_001, 'dua miliar satu'],
  ])('%d -> %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it('refuses negatives and fractions', () => {
    expect(() => terbilang(-1)).toThrow(RangeError);
    expect(() => terbilang(1.5)).toThrow(RangeError);
  });
});

describe('dates', () => {
  it('writes the voting day in words as on the berita acara', () => {
    expect(tanggalDalamKata('2024-02-14')).toBe('Rabu, tanggal empat belas, bulan Februari, tahun dua ribu dua puluh empat');
  });

  it('knows the weekdays of the 2024 calendar', () => {
    expect(formatHariTanggal('2024-11-27')).toBe('Rabu, 27 November 2024');
    expect(formatHariTanggal('2024-03-03')).toBe('Minggu, 3 Maret 2024');
    expect(formatHariTanggal('2024-02-29')).toBe('Kamis, 29 Februari 2024');
    expect(tanggalDalamKata('2024-03-01')).toBe('Jumat, tanggal satu, bulan Maret, tahun dua ribu dua puluh empat');
  });

  it('formats a date and a timestamp in WIB', () => {
    expect(formatTanggal('2024-02-14')).toBe('14 Februari 2024');
    expect(formatWaktu(new Date('2024-02-15T14:05:00Z'))).toBe('15 Februari 2024 pukul 21.05 WIB');
    expect(formatWaktu(new Date('2024-02-15T17:30:00Z'))).toBe('16 Februari 2024 pukul 00.30 WIB');
    expect(formatWaktu(new Date('2024-02-15T17:30:00Z'), 9)).toBe('16 Februari 2024 pukul 02.30 WIT');
  });

  it('refuses impossible dates', () => {
    expect(isTanggalValid('2024-02-30')).toBe(false);
    expect(isTanggalValid('2023-02-29')).toBe(false);
    expect(isTanggalValid('14-02-2024')).toBe(false);
    expect(isTanggalValid('2024-02-14')).toBe(true);
  });
});

describe('numbers', () => {
  it('uses the Indonesian thousands separator', () => {
    expect(formatAngka(7043)).toBe('7.043');
    expect(formatAngka(204_807_222)).toBe('204.807.222');
    expect(formatAngka(0)).toBe('0');
    expect(formatAngka(null)).toBe('—');
  });
});
