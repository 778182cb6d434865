import { describe, expect, it } from 'vitest';
import type { JenisSuratSuara, SuratSuara } from '../domain/ballot';
import type { Lembar } from '../forms/c-hasil';
import { validasiAntarSuratSuara, validasiLembar, type KonteksValidasi } from './rules';

const PPWP: SuratSuara = {
  jenis: 'PPWP',
  peserta: [
    { nomor: 1, nama: 'ANIES - MUHAIMIN', sirekap_id: '100025' },
    { nomor: 2, nama: 'PRABOWO - GIBRAN', sirekap_id: '100026' },
    { nomor: 3, nama: 'GANJAR - MAHFUD', sirekap_id: '100027' },
  ],
};

const ctx: KonteksValidasi = { jenisPemilihan: 'pemilu', suratSuara: PPWP, tingkat: 'tps', kode: '1101012001001' };

/** A fully consistent TPS sheet. */
const BERSIH: Lembar = {
  pemilih_dpt_l: 139, pemilih_dpt_p: 145, pemilih_dpt_j: 284,
  pengguna_dpt_l: 110, pengguna_dpt_p: 126, pengguna_dpt_j: 236,
  pengguna_dptb_l: 0, pengguna_dptb_p: 1, pengguna_dptb_j: 1,
  pengguna_dpk_l: 2, pengguna_dpk_p: 0, pengguna_dpk_j: 2,
  pengguna_total_l: 112, pengguna_total_p: 127, pengguna_total_j: 239,
  surat_suara_diterima: 290, surat_suara_digunakan: 239, surat_suara_rusak: 1, surat_suara_tidak_digunakan: 50,
  disabilitas_l: 1, disabilitas_p: 0, disabilitas_j: 1,
  suara_1: 144, suara_2: 80, suara_3: 10,
  suara_sah: 234, suara_tidak_sah: 5, suara_total: 239,
};

function rules(l: Lembar, c: KonteksValidasi = ctx): string[] {
  return validasiLembar(l, c).map((t) => t.aturan);
}

describe('validasiLembar', () => {
  it('finds nothing on a consistent sheet', () => {
    expect(validasiLembar(BERSIH, ctx)).toEqual([]);
  });

  it('R1: JML must be L + P, naming the numbers', () => {
    const t = validasiLembar({ ...BERSIH, pemilih_dpt_j: 285 }, ctx);
    expect(t.map((x) => x.aturan)).toContain('R1');
    const r1 = t.find((x) => x.aturan === 'R1')!;
    expect(r1.pesan).toBe('Jumlah pemilih dalam DPT (285) tidak sama dengan laki-laki + perempuan (139 + 145 = 284)');
    expect(r1.keparahan).toBe('galat');
    expect(r1.baris).toEqual(['pemilih_dpt_l', 'pemilih_dpt_p', 'pemilih_dpt_j']);
    expect(r1.kode).toBe('1101012001001');
    expect(r1.surat_suara).toBe('PPWP');
  });

  it('R2: pengguna total = DPT + DPTb + DPK per column', () => {
    expect(rules({ ...BERSIH, pengguna_dpk_l: 3, pengguna_dpk_j: 3 })).toEqual(expect.arrayContaining(['R2']));
  });

  it('R3: sah + tidak sah = total', () => {
    const t = validasiLembar({ ...BERSIH, suara_tidak_sah: 6 }, ctx);
    expect(t.find((x) => x.aturan === 'R3')?.pesan).toBe('Suara sah + tidak sah (234 + 6 = 240) tidak sama dengan jumlah seluruh suara (239)');
  });

  it('R4: votes of the paslon must add up to suara sah, with the message of the issue', () => {
    const t = validasiLembar({ ...BERSIH, suara_1: 144 + 67, suara_sah: 251, suara_total: 256, pengguna_total_j: 256 }, ctx);
    expect(t.find((x) => x.aturan === 'R4')?.pesan).toBe('Jumlah suara paslon (301) tidak sama dengan suara sah (251)');
  });

  it('R4 names candidates for DPD', () => {
    const dpd: SuratSuara = { jenis: 'DPD', peserta: [{ nomor: 21, nama: 'A' }, { nomor: 22, nama: 'B' }] };
    const t = validasiLembar({ suara_21: 5, suara_22: 5, suara_sah: 11 }, { ...ctx, suratSuara: dpd });
    expect(t[0]?.pesan).toBe('Jumlah suara calon (10) tidak sama dengan suara sah (11)');
  });

  it('R6: received = used + damaged + unused', () => {
    expect(rules({ ...BERSIH, surat_suara_diterima: 291 })).toEqual(['R6']);
  });

  it('R7: ballots used, voters and votes must agree (swapped sah/tidak sah shows up in R4 and R13)', () => {
    expect(rules({ ...BERSIH, surat_suara_digunakan: 240, surat_suara_tidak_digunakan: 49 })).toEqual(['R7']);
    const t = validasiLembar({ ...BERSIH, surat_suara_digunakan: 240, surat_suara_tidak_digunakan: 49 }, ctx);
    expect(t[0]?.pesan).toBe('Surat suara digunakan (240), pengguna hak pilih (239) dan jumlah suara sah dan tidak sah (239) harus sama');
    const swapped = rules({ ...BERSIH, suara_sah: 5, suara_tidak_sah: 234 });
    expect(swapped).toEqual(expect.arrayContaining(['R4', 'R13']));
  });

  it('R8: votes never exceed the voters', () => {
    expect(rules({ ...BERSIH, suara_total: 240, suara_tidak_sah: 6 })).toEqual(expect.arrayContaining(['R7', 'R8']));
  });

  it('R9: DPT voters never exceed the DPT, per sex', () => {
    const t = rules({ ...BERSIH, pemilih_dpt_l: 100, pemilih_dpt_j: 245 });
    expect(t).toEqual(expect.arrayContaining(['R9']));
  });

  it('R12: a number beyond three digit boxes is an error; a DPT over 300 is a warning', () => {
    const t = validasiLembar({ ...BERSIH, suara_3: 1833 }, ctx);
    const r12 = t.find((x) => x.aturan === 'R12');
    expect(r12?.keparahan).toBe('galat');
    expect(r12?.baris).toEqual(['suara_3']);
    expect(t.map((x) => x.aturan)).toEqual(expect.arrayContaining(['R4', 'R13']));
    // The classic 8xx misread (25 read as 825) fits the boxes: R4 and R13 catch it.
    expect(rules({ ...BERSIH, suara_3: 810 })).toEqual(['R4', 'R13']);
    const big = validasiLembar({ ...BERSIH, pemilih_dpt_l: 160, pemilih_dpt_j: 305 }, ctx).find((x) => x.aturan === 'R12');
    expect(big?.keparahan).toBe('peringatan');
    expect(validasiLembar({ ...BERSIH, pemilih_dpt_l: 160, pemilih_dpt_j: 305 }, { ...ctx, jenisPemilihan: 'pilkada' }).some((x) => x.aturan === 'R12')).toBe(false);
    expect(validasiLembar({ ...BERSIH, suara_1: 1440 }, { ...ctx, tingkat: 'unit' }).some((x) => x.aturan === 'R12')).toBe(false);
  });

  it('R13: no participant above suara sah, suara sah not above the voters', () => {
    const t = validasiLembar({ ...BERSIH, pengguna_total_j: 200, pengguna_total_l: 73 }, ctx);
    expect(t.find((x) => x.aturan === 'R13')?.pesan).toBe('Suara sah (234) melebihi pengguna hak pilih (200)');
  });

  it('R14: disabled voters above all voters is a warning', () => {
    const t = validasiLembar({ ...BERSIH, disabilitas_l: 240, disabilitas_j: 240 }, ctx);
    expect(t.find((x) => x.aturan === 'R14')?.keparahan).toBe('peringatan');
  });

  it('skips a rule while one of its numbers is not read (null or missing)', () => {
    expect(validasiLembar({ suara_1: 10 }, ctx)).toEqual([]);
    expect(validasiLembar({ ...BERSIH, suara_sah: null, suara_1: 999 }, ctx).map((t) => t.aturan)).not.toContain('R4');
  });
});

/** A DPR ballot of two parties: party 1 with two candidates, party 24 with none. */
const DPR: SuratSuara = {
  jenis: 'DPR',
  dapil: { kode: '1101', nama: 'ACEH I', kursi: 7 },
  peserta: [
    { nomor: 1, nama: 'PARTAI KEBANGKITAN BANGSA', calon: [{ nomor: 1, nama: 'SATU' }, { nomor: 2, nama: 'DUA' }] },
    { nomor: 24, nama: 'PARTAI UMMAT', calon: [] },
  ],
};
const ctxDpr: KonteksValidasi = { ...ctx, suratSuara: DPR };

/** BERSIH's administration with consistent party blocks: B 1 = 20 + 150 + 40, B 24 = 24, sah 234. */
const BERSIH_DPR: Lembar = (() => {
  const { suara_1: _1, suara_2: _2, suara_3: _3, ...adm } = BERSIH;
  return { ...adm, partai_1_a1: 20, partai_1_calon_1: 150, partai_1_calon_2: 40, partai_1_b: 210, partai_24_a1: 24, partai_24_b: 24 };
})();

describe('validasiLembar on party ballots (DPR, DPRD)', () => {
  it('finds nothing on a consistent sheet, and never applies R4', () => {
    expect(validasiLembar(BERSIH_DPR, ctxDpr)).toEqual([]);
    expect(rules({ ...BERSIH_DPR, suara_1: 5 }, ctxDpr)).toEqual([]);
  });

  it('R5: B = A.1 + sum A.2 per party; a ballot marked on party and candidate counted twice breaks it', () => {
    const t = validasiLembar({ ...BERSIH_DPR, partai_1_a1: 23 }, ctxDpr);
    expect(t).toEqual([
      {
        aturan: 'R5',
        keparahan: 'galat',
        surat_suara: 'DPR',
        kode: '1101012001001',
        pesan: 'Jumlah suara sah partai 01 (B = 210) tidak sama dengan suara partai + suara calon (A.1 + A.2 = 23 + 190 = 213)',
        baris: ['partai_1_a1', 'partai_1_calon_1', 'partai_1_calon_2', 'partai_1_b'],
      },
    ]);
    // A party without candidates: B = A.1.
    expect(validasiLembar({ ...BERSIH_DPR, partai_24_a1: 25 }, ctxDpr).map((x) => x.baris)).toEqual([['partai_24_a1', 'partai_24_b']]);
  });

  it('R5: the parties B add up to suara sah', () => {
    const t = validasiLembar({ ...BERSIH_DPR, partai_24_a1: 30, partai_24_b: 30 }, ctxDpr);
    expect(t.map((x) => x.pesan)).toEqual(['Jumlah suara sah semua partai (jumlah B = 240) tidak sama dengan suara sah (234)']);
    expect(t[0]!.baris).toEqual(['partai_1_b', 'partai_24_b', 'suara_sah']);
  });

  it('R5 waits for every number it needs; R13 checks a party total against suara sah', () => {
    expect(rules({ ...BERSIH_DPR, partai_1_calon_2: null, partai_1_a1: 99 }, ctxDpr)).toEqual([]);
    const t = validasiLembar({ ...BERSIH_DPR, partai_1_b: 310, partai_1_a1: 120 }, ctxDpr);
    expect(t.map((x) => x.aturan)).toEqual(['R5', 'R13']);
    expect(t[1]!.pesan).toBe('Suara partai 01 (B) (310) melebihi suara sah (234)');
  });

  it('keeps the administrative rules on every ballot', () => {
    expect(rules({ ...BERSIH_DPR, pemilih_dpt_j: 285 }, ctxDpr)).toEqual(['R1']);
    expect(rules({ ...BERSIH_DPR, partai_1_calon_1: 1500, partai_1_b: 1560, partai_1_a1: 20 }, ctxDpr)).toEqual(expect.arrayContaining(['R12']));
  });
});

describe('validasiLembar on Pilkada with kolom kosong', () => {
  it('R4 counts kolom kosong as a participant and R13 names it', () => {
    const bupati: SuratSuara = { jenis: 'BUPATI', peserta: [{ nomor: 1, nama: 'PASLON' }, { nomor: 2, nama: 'KOLOM KOSONG', kolom_kosong: true }] };
    const c = { ...ctx, jenisPemilihan: 'pilkada' as const, suratSuara: bupati };
    const l: Record<string, number | null> = { ...BERSIH, suara_1: 180, suara_2: 54 };
    delete l['suara_3'];
    expect(validasiLembar(l, c)).toEqual([]);
    expect(validasiLembar({ ...l, suara_2: 540 }, c).map((x) => x.pesan)).toEqual([
      'Jumlah suara paslon (720) tidak sama dengan suara sah (234)',
      'Suara kolom kosong (540) melebihi suara sah (234)',
    ]);
  });
});

describe('validasiAntarSuratSuara (R15)', () => {
  const lima = (ubah: Partial<Record<string, Lembar>> = {}): Map<JenisSuratSuara, Lembar> =>
    new Map<JenisSuratSuara, Lembar>([
      ['DPRD_KABKO', ubah['DPRD_KABKO'] ?? BERSIH_DPR],
      ['PPWP', ubah['PPWP'] ?? BERSIH],
      ['DPR', ubah['DPR'] ?? BERSIH_DPR],
      ['DPD', ubah['DPD'] ?? BERSIH],
      ['DPRD_PROV', ubah['DPRD_PROV'] ?? BERSIH_DPR],
    ]);

  it('finds nothing when the five sheets agree', () => {
    expect(validasiAntarSuratSuara(lima(), '1101012001001')).toEqual([]);
  });

  it('flags the one sheet whose DPT differs from the others, even PPWP, as a warning', () => {
    const t = validasiAntarSuratSuara(lima({ PPWP: { ...BERSIH, pemilih_dpt_j: 294 } }), '1101012001001');
    expect(t).toEqual([
      {
        aturan: 'R15',
        keparahan: 'peringatan',
        surat_suara: 'PPWP',
        kode: '1101012001001',
        pesan: 'Pemilih dalam DPT jumlah (294) berbeda dengan surat suara lain di TPS ini (284 pada DPR, DPD, DPRD Provinsi, DPRD Kab/Kota); DPT sama untuk semua surat suara',
        baris: ['pemilih_dpt_j'],
      },
    ]);
  });

  it('flags a ballot with more voters than PPWP, in the official ballot order', () => {
    const lebih = { ...BERSIH_DPR, pengguna_total_j: 241 };
    const t = validasiAntarSuratSuara(lima({ DPRD_KABKO: lebih, DPR: lebih }), '1101012001001');
    expect(t.map((x) => [x.surat_suara, x.pesan])).toEqual([
      ['DPR', 'Pengguna hak pilih (241) melebihi pengguna hak pilih PPWP (239); pemilih DPTb dapat menerima lebih sedikit surat suara, tidak lebih banyak'],
      ['DPRD_KABKO', 'Pengguna hak pilih (241) melebihi pengguna hak pilih PPWP (239); pemilih DPTb dapat menerima lebih sedikit surat suara, tidak lebih banyak'],
    ]);
    // Fewer voters than PPWP is normal (DPTb voters from another dapil).
    expect(validasiAntarSuratSuara(lima({ DPR: { ...BERSIH_DPR, pengguna_total_j: 230 } }), 'x')).toEqual([]);
  });

  it('compares only what is read, on at least two sheets', () => {
    expect(validasiAntarSuratSuara(new Map([['DPR', { pemilih_dpt_j: 1 }]]), 'x')).toEqual([]);
    expect(validasiAntarSuratSuara(new Map<JenisSuratSuara, Lembar>([['PPWP', { pemilih_dpt_j: 284 }], ['DPR', { pemilih_dpt_j: null }]]), 'x')).toEqual([]);
  });
});

describe('validasiAntarSuratSuara (R15): the voters from the DPT and DPK, and what no ballot has more of than PPWP', () => {
  const dua = (dpr: Lembar): Map<JenisSuratSuara, Lembar> =>
    new Map<JenisSuratSuara, Lembar>([
      ['PPWP', BERSIH],
      ['DPR', dpr],
      ['DPD', BERSIH],
    ]);

  it('a DPT or DPK voter receives every ballot: the sheet whose pengguna DPT or DPK differs is flagged', () => {
    const t = validasiAntarSuratSuara(dua({ ...BERSIH_DPR, pengguna_dpt_p: 125, pengguna_dpt_j: 235, pengguna_dpk_l: 3, pengguna_dpk_j: 3 }), 'x');
    expect(t.map((x) => [x.surat_suara, x.baris[0], x.pesan])).toEqual([
      ['DPR', 'pengguna_dpt_p', 'Pengguna hak pilih dalam DPT perempuan (125) berbeda dengan surat suara lain di TPS ini (126 pada PPWP, DPD); pemilih DPT menerima semua surat suara'],
      ['DPR', 'pengguna_dpt_j', 'Pengguna hak pilih dalam DPT jumlah (235) berbeda dengan surat suara lain di TPS ini (236 pada PPWP, DPD); pemilih DPT menerima semua surat suara'],
      ['DPR', 'pengguna_dpk_l', 'Pengguna hak pilih dalam DPK laki-laki (3) berbeda dengan surat suara lain di TPS ini (2 pada PPWP, DPD); pemilih DPK menerima semua surat suara'],
      ['DPR', 'pengguna_dpk_j', 'Pengguna hak pilih dalam DPK jumlah (3) berbeda dengan surat suara lain di TPS ini (2 pada PPWP, DPD); pemilih DPK menerima semua surat suara'],
    ]);
    expect(t.every((x) => x.aturan === 'R15' && x.keparahan === 'peringatan')).toBe(true);
  });

  it('more DPTb voters, men, women or ballot papers used than PPWP: one finding per ballot naming every such row', () => {
    // Two DPTb men got a DPR ballot and no PPWP one: DPTb, men and the total exceed PPWP's (and the papers used).
    const lebih = { ...BERSIH_DPR, pengguna_dptb_l: 2, pengguna_dptb_j: 3, pengguna_total_l: 114, pengguna_total_j: 241, surat_suara_digunakan: 241 };
    const t = validasiAntarSuratSuara(dua(lebih), 'x');
    expect(t).toHaveLength(1);
    expect(t[0]!.pesan).toBe('Pengguna hak pilih (241) melebihi pengguna hak pilih PPWP (239); pemilih DPTb dapat menerima lebih sedikit surat suara, tidak lebih banyak');
    expect(t[0]!.baris).toEqual(['pengguna_total_j', 'pengguna_total_l', 'pengguna_dptb_j', 'surat_suara_digunakan']);
    // The total equal, but more women and fewer men than PPWP (an L/P slip on one sheet): still flagged.
    const lp = validasiAntarSuratSuara(dua({ ...BERSIH_DPR, pengguna_total_l: 111, pengguna_total_p: 128 }), 'x');
    expect(lp.map((x) => x.pesan)).toEqual(['Pengguna hak pilih perempuan (128) melebihi pengguna hak pilih perempuan PPWP (127); pemilih DPTb dapat menerima lebih sedikit surat suara, tidak lebih banyak']);
    // Ballot papers used beyond PPWP's on their own.
    const ss = validasiAntarSuratSuara(dua({ ...BERSIH_DPR, surat_suara_digunakan: 240 }), 'x');
    expect(ss.map((x) => x.baris)).toEqual([['surat_suara_digunakan']]);
  });
});
