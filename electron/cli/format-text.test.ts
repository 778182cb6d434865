import { describe, expect, it } from 'vitest';
import type { Lembar } from '../../shared/forms/c-hasil';
import { rekapKecamatan } from '../../shared/forms/recap';
import { PAKET_CONTOH, PAKET_LEGISLATIF } from '../testing/election-fixture';
import { formatCheckText, formatRecapText } from './format-text';

describe('formatRecapText', () => {
  it('prints one line per desa and the total, with Indonesian number format', () => {
    const sheets = new Map<string, Lembar>([
      ['1101012001001', { suara_1: 1200, suara_2: 20, suara_3: 5, suara_sah: 1225, suara_tidak_sah: 3, suara_total: 1228 }],
      ['1101012002001', { suara_1: 7, suara_2: 8, suara_3: 9, suara_sah: 24 }],
    ]);
    const text = formatRecapText(rekapKecamatan(PAKET_CONTOH, PAKET_CONTOH.surat_suara[0]!, sheets));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Rekapitulasi PPWP (Pemilihan Umum Presiden dan Wakil Presiden)');
    expect(lines[1]).toBe('Kecamatan 110101 BAKONGAN');
    expect(lines[3]).toMatch(/^Desa\/Kelurahan\s+TPS terisi\s+01\s+02\s+03\s+Sah\s+Tidak sah\s+Jumlah$/);
    expect(lines[4]).toMatch(/^1101012001 KEUDE BAKONGAN\s+1\/2\s+1\.200\s+20\s+5\s+1\.225\s+3\s+1\.228$/);
    expect(lines[5]).toMatch(/^1101012002 UJONG MANGKI\s+1\/1\s+7\s+8\s+9\s+24\s+—\s+—$/);
    expect(lines[7]).toMatch(/^JUMLAH\s+2\/3\s+1\.207\s+28\s+14\s+1\.249\s+3\s+1\.228$/);
    expect(text).toContain('  02  PRABOWO - GIBRAN');
  });
});

describe('formatCheckText', () => {
  it('prints each finding and the counts', () => {
    const text = formatCheckText([
      { aturan: 'R4', keparahan: 'galat', surat_suara: 'PPWP', kode: '1101012001001', pesan: 'Jumlah suara paslon (159) tidak sama dengan suara sah (115)', baris: [] },
      { aturan: 'R12', keparahan: 'peringatan', surat_suara: 'PPWP', kode: '1101012001002', pesan: 'Pemilih dalam DPT (301) melebihi batas 300 pemilih per TPS', baris: [] },
    ]);
    expect(text).toBe(
      'GALAT      R4  PPWP       1101012001001  Jumlah suara paslon (159) tidak sama dengan suara sah (115)\n' +
        'PERINGATAN R12 PPWP       1101012001002  Pemilih dalam DPT (301) melebihi batas 300 pemilih per TPS\n\n1 galat, 1 peringatan.\n',
    );
    expect(formatCheckText([])).toBe('Tidak ada temuan.\n');
  });
});

describe('formatRecapText on a party ballot', () => {
  it('prints a line per party B, its A.1 and each candidate, with a column per desa and the total', () => {
    const dpr = PAKET_LEGISLATIF.surat_suara.find((s) => s.jenis === 'DPR')!;
    const sheets = new Map<string, Lembar>([
      ['1101012001001', { partai_1_a1: 3, partai_1_calon_1: 10, partai_1_calon_2: 2, partai_1_b: 1015, partai_24_a1: 4, partai_24_b: 4, suara_sah: 1019 }],
    ]);
    const lines = formatRecapText(rekapKecamatan(PAKET_LEGISLATIF, dpr, sheets)).split('\n');
    expect(lines[0]).toBe('Rekapitulasi DPR (Pemilihan Umum Anggota Dewan Perwakilan Rakyat)');
    expect(lines[1]).toBe('Kecamatan 110101 BAKONGAN · Dapil 1101 ACEH I');
    expect(lines[3]).toMatch(/^\s+KEUDE BAKONGAN\s+UJONG MANGKI\s+JUMLAH$/);
    expect(lines[4]).toMatch(/^TPS terisi\s+1\/2\s+0\/1\s+1\/3$/);
    expect(lines[5]).toMatch(/^01 PARTAI KEBANGKITAN BANGSA \(B\)\s+1\.015\s+—\s+1\.015$/);
    expect(lines[6]).toMatch(/^ {3}A\.1 suara partai\s+3\s+—\s+3$/);
    expect(lines[7]).toMatch(/^ {3}1 CALON SATU\s+10\s+—\s+10$/);
    expect(lines.find((l) => l.startsWith('Suara sah'))).toMatch(/1\.019\s+—\s+1\.019$/);
  });
});
