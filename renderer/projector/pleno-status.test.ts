import { describe, expect, it } from 'vitest';
import type { Koreksi } from '../../shared/domain/pleno';
import { rekapKecamatan } from '../../shared/forms/recap';
import { PAKET_CONTOH } from '../../shared/testing/paket-contoh';
import { barisPembetulan, koreksiKeJumlah } from './pleno-status';

const kor = (nilaiId: number, keberatanId: number, tpsKode: string, baris: string, nilaiLama: number | null, nilaiBaru: number | null): Koreksi => ({
  nilaiId,
  keberatanId,
  tpsKode,
  jenis: 'PPWP',
  baris,
  nilaiLama,
  nilaiBaru,
  sumber: 'koreksi',
  waktu: '2024-02-20T02:00:00Z',
  pemutus: 'Rapat',
  parafKetua: 'K',
  parafSaksi: '',
});

describe('koreksiKeJumlah', () => {
  it('marks the sums of a desa and of the kecamatan with the objections of their corrected TPS cells of the row, keeping the TPS marks', () => {
    const tps = new Map([
      ['1101012001001:suara_1', { no: '1' }],
      ['1101012001002:suara_1', { no: '4' }],
      ['1101012001002:suara_sah', { no: '2' }],
      ['1101012002001:suara_1', { no: '3' }],
    ]);
    const m = koreksiKeJumlah(tps, (ks) => ({ no: ks.map((k) => k.no).join(',') }));
    expect(m.get('1101012001:suara_1')).toEqual({ no: '1,4' });
    expect(m.get('1101012001:suara_sah')).toEqual({ no: '2' });
    expect(m.get('1101012002:suara_1')).toEqual({ no: '3' });
    expect(m.get('1101012001001:suara_1')).toEqual({ no: '1' });
    expect(m.get('110101:suara_1')).toEqual({ no: '1,4,3' });
    expect(m.get('110101:suara_sah')).toEqual({ no: '2' });
    expect(m.size).toBe(9);
  });
});

describe('barisPembetulan', () => {
  const ss = PAKET_CONTOH.surat_suara[0]!;
  const rekap = rekapKecamatan(PAKET_CONTOH, ss, new Map());
  const koreksi = [kor(10, 1, '1101012001001', 'suara_1', 59, 123), kor(12, 3, '1101012002001', 'pengguna_dpt_l', 110, 111), kor(11, 2, '1101012001002', 'suara_sah', null, 113)];
  it('gives old -> new, then the TPS and the row as the table shows it, the latest first', () => {
    expect(barisPembetulan(koreksi, rekap, false)).toEqual(['#3 110 → 111 (TPS 001 baris I.B.1 L)', '#2 – → 113 (TPS 002 baris V.A)', '#1 59 → 123 (TPS 001 baris 01)']);
  });
  it("adds the desa's name in the kecamatan view", () => {
    expect(barisPembetulan(koreksi, rekap, true)[2]).toBe('#1 59 → 123 (KEUDE BAKONGAN TPS 001 baris 01)');
  });
});
