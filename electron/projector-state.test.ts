import { describe, expect, it } from 'vitest';
import { keadaanAwal, laporHalaman, ubahKeadaan } from './projector-state';

const dikenal = (kode: string): boolean => kode === '3369012001';

describe('projector state', () => {
  it('starts on the kecamatan, votes, first page', () => {
    expect(keadaanAwal('PPWP')).toMatchObject({ tampilan: 'kecamatan', bagian: 'suara', halaman: 0, kodeDesa: null });
  });

  it('shows a desa only when it knows which, and starts it at its first page', () => {
    let k = laporHalaman(keadaanAwal('PPWP'), { suara: 3, pemilih: 2, surat: 1 });
    k = ubahKeadaan(k, { halaman: 2 }, dikenal);
    expect(k.halaman).toBe(2);
    expect(ubahKeadaan(k, { tampilan: 'desa' }, dikenal).tampilan).toBe('kecamatan');
    expect(ubahKeadaan(k, { tampilan: 'desa', kodeDesa: '9999999999' }, dikenal).tampilan).toBe('kecamatan');
    const d = ubahKeadaan(k, { tampilan: 'desa', kodeDesa: '3369012001' }, dikenal);
    expect(d).toMatchObject({ tampilan: 'desa', kodeDesa: '3369012001', halaman: 0 });
  });

  it('pages through every bagian in order and stops at both ends', () => {
    let k = laporHalaman(keadaanAwal('PPWP'), { suara: 2, pemilih: 2, surat: 1 });
    const seen: string[] = [];
    for (let i = 0; i < 7; i++) {
      seen.push(`${k.bagian}${k.halaman}`);
      k = ubahKeadaan(k, { geser: 1 }, dikenal);
    }
    expect(seen).toEqual(['suara0', 'suara1', 'pemilih0', 'pemilih1', 'surat0', 'surat0', 'surat0']);
    k = ubahKeadaan(k, { geser: -1 }, dikenal);
    expect(`${k.bagian}${k.halaman}`).toBe('pemilih1');
    k = ubahKeadaan(k, { bagian: 'suara' }, dikenal);
    expect(ubahKeadaan(k, { geser: -1 }, dikenal)).toMatchObject({ bagian: 'suara', halaman: 0 });
  });

  it('follows the ballot the operator chooses, from its first page', () => {
    let k = laporHalaman(keadaanAwal('PPWP'), { suara: 3, pemilih: 1, surat: 1 });
    k = ubahKeadaan(k, { halaman: 2 }, dikenal);
    const dpr = ubahKeadaan(k, { jenis: 'DPR' }, dikenal);
    expect(dpr).toMatchObject({ jenis: 'DPR', halaman: 0, tampilan: k.tampilan, bagian: k.bagian });
    expect(ubahKeadaan(dpr, { jenis: 'DPR', halaman: 1 }, dikenal).halaman).toBe(1);
  });

  it('party ballots: summary by default; detail follows the party from the first page of the votes', () => {
    let k = laporHalaman(keadaanAwal('DPRD_KABKO'), { suara: 6, pemilih: 2, surat: 1 });
    expect(k).toMatchObject({ modePartai: 'ringkas', partai: null });
    k = ubahKeadaan(k, { bagian: 'pemilih', halaman: 1 }, dikenal);
    // The cursor moving to another party in summary mode changes nothing the hall sees.
    const r = ubahKeadaan(k, { partai: 5 }, dikenal);
    expect(r).toMatchObject({ partai: 5, bagian: 'pemilih', halaman: 1 });
    let d = ubahKeadaan(r, { modePartai: 'rinci' }, dikenal);
    expect(d).toMatchObject({ modePartai: 'rinci', partai: 5, bagian: 'suara', halaman: 0 });
    d = ubahKeadaan(d, { halaman: 3 }, dikenal);
    expect(ubahKeadaan(d, { partai: 5 }, dikenal).halaman).toBe(3);
    expect(ubahKeadaan(ubahKeadaan(d, { bagian: 'surat' }, dikenal), { partai: 7 }, dikenal)).toMatchObject({ partai: 7, bagian: 'suara', halaman: 0 });
  });

  it('clamps the page when the projector reports fewer pages', () => {
    let k = laporHalaman(keadaanAwal('PPWP'), { suara: 4, pemilih: 1, surat: 1 });
    k = ubahKeadaan(k, { halaman: 3 }, dikenal);
    expect(laporHalaman(k, { suara: 2, pemilih: 1, surat: 1 }).halaman).toBe(1);
    expect(ubahKeadaan(k, { halaman: 99 }, dikenal).halaman).toBe(3);
  });
});
