import { describe, expect, it } from 'vitest';
import type { Temuan } from '../../shared/validation/finding';
import { statusDesa, statusTps } from './progress';

const galat: Temuan = { aturan: 'R4', keparahan: 'galat', surat_suara: 'PPWP', kode: 'x', pesan: '', baris: [] };
const peringatan: Temuan = { ...galat, aturan: 'R14', keparahan: 'peringatan' };

describe('progress', () => {
  it('gives each TPS one status', () => {
    expect(statusTps(0, 28, false, [])).toBe('kosong');
    expect(statusTps(0, 28, true, [galat])).toBe('sirekap');
    expect(statusTps(5, 28, false, [])).toBe('sebagian');
    expect(statusTps(5, 28, false, [galat])).toBe('galat');
    expect(statusTps(28, 28, false, [peringatan])).toBe('peringatan');
    expect(statusTps(28, 28, false, [])).toBe('bersih');
  });

  it('sums a desa up by its worst TPS', () => {
    expect(statusDesa(['bersih', 'bersih'])).toEqual({ status: 'bersih', terisi: 2, total: 2 });
    expect(statusDesa(['bersih', 'galat', 'kosong'])).toEqual({ status: 'galat', terisi: 2, total: 3 });
    expect(statusDesa(['bersih', 'kosong'])).toEqual({ status: 'sebagian', terisi: 1, total: 2 });
    expect(statusDesa(['bersih', 'peringatan']).status).toBe('peringatan');
    expect(statusDesa(['kosong', 'sirekap']).status).toBe('sirekap');
  });
});
