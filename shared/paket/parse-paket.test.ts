/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break a JSON package one field at a time */
import { describe, expect, it } from 'vitest';
import { PAKET_CONTOH } from '../testing/paket-contoh';
import { parsePaket, parsePaketJson } from './parse-paket';

/**
 * A valid package as plain JSON data (the shared sample plus a special TPS 901, as for a hospital or prison);
 * each test breaks one thing.
 */
function contoh(): Record<string, unknown> {
  const p = structuredClone(PAKET_CONTOH) as any;
  p.desa[1].tps.push({ kode: '1101012002901', nomor: 901 });
  return p;
}

/** Applies a change to a fresh valid package and returns the refusal message. */
function pesan(ubah: (p: any) => void): string {
  const p = contoh();
  ubah(p);
  const r = parsePaket(p);
  if (r.ok) throw new Error('expected a refusal');
  expect(r.error.kode).toBe('paket-tidak-valid');
  return r.error.pesan;
}

describe('parsePaket', () => {
  it('accepts a valid package and keeps only known keys', () => {
    const p = contoh();
    (p as any).tambahan = { apa: 1 };
    (p as any).desa[0].catatan = 'x';
    const r = parsePaket(p);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.desa[1]!.tps[1]).toEqual({ kode: '1101012002901', nomor: 901 });
    expect(r.value.surat_suara[1]!.peserta[0]).toEqual({ nomor: 21, nama: 'CALON A' });
    expect(r.value).not.toHaveProperty('tambahan');
    expect(r.value.desa[0]).not.toHaveProperty('catatan');
  });

  it('names the path of a short TPS code exactly as documented', () => {
    expect(pesan((p) => (p.desa[1].tps[1].kode = '110101200201'))).toBe('desa[1].tps[1].kode: harus 13 digit angka, tertulis "110101200201"');
  });

  it.each<[string, (p: any) => void, string]>([
    ['format missing', (p) => delete p.format, 'format: wajib ada, tidak ditemukan'],
    ['format', (p) => (p.format = 'rekap-paket/3'), 'format: harus salah satu dari "rekap-paket/1", "rekap-paket/2", tertulis "rekap-paket/3"'],
    ['jenis pemilihan', (p) => (p.pemilihan.jenis = 'pilpres'), 'pemilihan.jenis: harus "pemilu" atau "pilkada", tertulis "pilpres"'],
    ['date format', (p) => (p.pemilihan.tanggal = '14-02-2024'), 'pemilihan.tanggal: harus tanggal yang sah ditulis TTTT-BB-HH, tertulis "14-02-2024"'],
    ['impossible date', (p) => (p.pemilihan.tanggal = '2024-02-30'), 'pemilihan.tanggal: harus tanggal yang sah ditulis TTTT-BB-HH, tertulis "2024-02-30"'],
    ['empty election name', (p) => (p.pemilihan.nama = '  '), 'pemilihan.nama: harus teks yang tidak kosong, tertulis "  "'],
    ['tingkat', (p) => (p.tingkat = 'kabupaten'), 'tingkat: harus "kecamatan", tertulis "kabupaten" (paket tingkat kabupaten/kota membuat basis data kabupaten lewat init)'],
    ['provinsi code length', (p) => (p.wilayah.provinsi.kode = '111'), 'wilayah.provinsi.kode: harus 2 digit angka, tertulis "111"'],
    ['code as a number', (p) => (p.wilayah.provinsi.kode = 11), 'wilayah.provinsi.kode: harus teks 2 digit angka (dalam tanda kutip), tertulis 11'],
    ['kabupaten code length', (p) => (p.wilayah.kabupaten.kode = '11O1'), 'wilayah.kabupaten.kode: harus 4 digit angka, tertulis "11O1"'],
    ['kabupaten prefix', (p) => (p.wilayah.kabupaten.kode = '1201'), 'wilayah.kabupaten.kode: harus diawali kode provinsi "11", tertulis "1201"'],
    ['kecamatan prefix', (p) => (p.wilayah.kecamatan.kode = '110201'), 'wilayah.kecamatan.kode: harus diawali kode kabupaten "1101", tertulis "110201"'],
    ['kecamatan missing', (p) => delete p.wilayah.kecamatan, 'wilayah.kecamatan: wajib ada, tidak ditemukan'],
    ['empty kecamatan name', (p) => (p.wilayah.kecamatan.nama = ''), 'wilayah.kecamatan.nama: harus teks yang tidak kosong, tertulis ""'],
    ['desa code length', (p) => (p.desa[0].kode = '110101200'), 'desa[0].kode: harus 10 digit angka, tertulis "110101200"'],
    ['desa prefix', (p) => (p.desa[1].kode = '1101022002'), 'desa[1].kode: harus diawali kode kecamatan "110101", tertulis "1101022002"'],
    ['no desa', (p) => (p.desa = []), 'desa: harus berisi paling sedikit 1 desa'],
    ['desa not a list', (p) => (p.desa = {}), 'desa: harus daftar JSON [...], tertulis {}'],
    ['desa not an object', (p) => (p.desa[1] = 'UJONG'), 'desa[1]: harus objek JSON {...}, tertulis "UJONG"'],
    ['duplicate desa', (p) => (p.desa[1].kode = '1101012001'), 'desa[1].kode: kode desa "1101012001" ganda, sudah dipakai desa[0]'],
    ['empty desa name', (p) => (p.desa[1].nama = null), 'desa[1].nama: harus teks yang tidak kosong, tertulis null'],
    ['no TPS', (p) => (p.desa[0].tps = []), 'desa[0].tps: harus berisi paling sedikit 1 TPS'],
    ['TPS prefix', (p) => (p.desa[0].tps[1].kode = '1101012002002'), 'desa[0].tps[1].kode: harus diawali kode desa "1101012001", tertulis "1101012002002"'],
    [
      'duplicate TPS',
      (p) => (p.desa[0].tps[1] = { kode: '1101012001001', nomor: 1 }),
      'desa[0].tps[1].kode: kode TPS "1101012001001" ganda, sudah dipakai desa[0].tps[0]',
    ],
    ['TPS nomor not the code', (p) => (p.desa[0].tps[1].nomor = 3), 'desa[0].tps[1].nomor: harus sama dengan 3 digit terakhir kode TPS (2), tertulis 3'],
    ['TPS nomor zero', (p) => (p.desa[0].tps[0] = { kode: '1101012001000', nomor: 0 }), 'desa[0].tps[0].nomor: harus bilangan bulat 1–999, tertulis 0'],
    ['TPS nomor as text', (p) => (p.desa[0].tps[0].nomor = '1'), 'desa[0].tps[0].nomor: harus bilangan bulat 1–999, tertulis "1"'],
    ['TPS nomor fraction', (p) => (p.desa[0].tps[0].nomor = 1.5), 'desa[0].tps[0].nomor: harus bilangan bulat 1–999, tertulis 1.5'],
    ['no ballot', (p) => (p.surat_suara = []), 'surat_suara: harus berisi paling sedikit 1 surat suara'],
    [
      'unknown ballot',
      (p) => (p.surat_suara[0].jenis = 'PRESIDEN'),
      'surat_suara[0].jenis: harus salah satu dari PPWP, DPR, DPD, DPRD_PROV, DPRD_KABKO, GUBERNUR, BUPATI, WALIKOTA, tertulis "PRESIDEN"',
    ],
    [
      'Pilkada ballot in a Pemilu',
      (p) => (p.surat_suara[1].jenis = 'BUPATI'),
      'surat_suara[1].jenis: surat suara BUPATI bukan bagian dari pemilihan "pemilu" (PPWP, DPR, DPD, DPRD_PROV, DPRD_KABKO)',
    ],
    ['duplicate ballot', (p) => (p.surat_suara[1].jenis = 'PPWP'), 'surat_suara[1].jenis: surat suara PPWP ganda, sudah ada di surat_suara[0]'],
    ['ballot without participants', (p) => (p.surat_suara[1].peserta = []), 'surat_suara[1].peserta: harus berisi paling sedikit 1 peserta'],
    ['participant nomor negative', (p) => (p.surat_suara[0].peserta[2].nomor = -3), 'surat_suara[0].peserta[2].nomor: harus bilangan bulat 1–999, tertulis -3'],
    ['duplicate participant nomor', (p) => (p.surat_suara[0].peserta[2].nomor = 2), 'surat_suara[0].peserta[2].nomor: nomor 2 ganda, sudah dipakai surat_suara[0].peserta[1]'],
    ['empty participant name', (p) => (p.surat_suara[0].peserta[0].nama = ''), 'surat_suara[0].peserta[0].nama: harus teks yang tidak kosong, tertulis ""'],
    [
      'duplicate sirekap_id',
      (p) => (p.surat_suara[0].peserta[2].sirekap_id = '100025'),
      'surat_suara[0].peserta[2].sirekap_id: sirekap_id "100025" ganda, sudah dipakai surat_suara[0].peserta[0]',
    ],
    [
      'sirekap_id as a number',
      (p) => (p.surat_suara[0].peserta[0].sirekap_id = 100025),
      'surat_suara[0].peserta[0].sirekap_id: harus teks angka/huruf tanpa spasi (1–32 huruf), tertulis 100025',
    ],
    [
      'sirekap_id "null"',
      (p) => (p.surat_suara[0].peserta[0].sirekap_id = 'null'),
      'surat_suara[0].peserta[0].sirekap_id: harus teks angka/huruf tanpa spasi (1–32 huruf), tertulis "null"',
    ],
  ])('refuses %s', (_name, ubah, expected) => {
    expect(pesan(ubah)).toBe(expected);
  });

  it('refuses a root that is not an object', () => {
    const r = parsePaket([1, 2]);
    expect(r).toMatchObject({ ok: false, error: { pesan: '(paket): harus objek JSON {...}, tertulis [1,2]' } });
  });

  it('accepts a Pilkada package with its own ballots', () => {
    const p = contoh();
    (p as any).pemilihan.jenis = 'pilkada';
    (p as any).surat_suara = [{ jenis: 'BUPATI', peserta: [{ nomor: 1, nama: 'PASLON TUNGGAL' }, { nomor: 2, nama: 'KOLOM KOSONG' }] }];
    expect(parsePaket(p).ok).toBe(true);
  });
});

describe('parsePaketJson', () => {
  it('refuses text that is not JSON', () => {
    const r = parsePaketJson('{ "format": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.pesan).toMatch(/^bukan JSON yang sah \(/);
  });

  it('reads a file with a byte-order mark', () => {
    expect(parsePaketJson(`\uFEFF${JSON.stringify(contoh())}`).ok).toBe(true);
  });
});

/** A rekap-paket/2 package with every kind of Pemilu ballot; each test breaks one thing. */
function contoh2(): Record<string, any> {
  const p = contoh() as Record<string, any>;
  p['format'] = 'rekap-paket/2';
  p['surat_suara'] = [
    p['surat_suara'][0],
    {
      jenis: 'DPR',
      dapil: { kode: '1101', nama: 'ACEH I', kursi: 3 },
      peserta: [
        {
          nomor: 1,
          nama: 'PARTAI KEBANGKITAN BANGSA',
          sirekap_id: '100001',
          calon: [
            { nomor: 1, nama: 'CALON SATU', jenis_kelamin: 'L', sirekap_id: '100121' },
            { nomor: 2, nama: 'CALON DUA', jenis_kelamin: 'P', sirekap_id: '100122' },
          ],
        },
        { nomor: 24, nama: 'PARTAI UMMAT', calon: [] },
      ],
    },
    { jenis: 'DPD', dapil: { kode: '11', nama: 'ACEH' }, peserta: [{ nomor: 21, nama: 'CALON A', jenis_kelamin: 'P', sirekap_id: '695854' }, { nomor: 22, nama: 'CALON B' }] },
    { jenis: 'DPRD_KABKO', dapil: { kode: '110101', nama: 'ACEH SELATAN 1' }, peserta: [{ nomor: 18, nama: 'PARTAI NANGGROE ACEH', calon: [{ nomor: 1, nama: 'CALON LOKAL' }] }] },
  ];
  return p;
}

function pesan2(ubah: (p: any) => void): string {
  const p = contoh2();
  ubah(p);
  const r = parsePaket(p);
  if (r.ok) throw new Error('expected a refusal');
  return r.error.pesan;
}

describe('parsePaket, rekap-paket/2', () => {
  it('reads dapil, parties with their candidates, and DPD candidates, keeping the PPWP ballot as in /1', () => {
    const r = parsePaket(contoh2());
    if (!r.ok) throw new Error(r.error.pesan);
    const [ppwp, dpr, dpd, kabko] = r.value.surat_suara;
    expect(r.value.format).toBe('rekap-paket/2');
    expect(ppwp).toEqual((contoh() as any).surat_suara[0]);
    expect(dpr).toEqual(contoh2()['surat_suara'][1]);
    expect(dpd).toEqual(contoh2()['surat_suara'][2]);
    expect(kabko?.peserta[0]?.calon).toEqual([{ nomor: 1, nama: 'CALON LOKAL' }]);
  });

  it('reads a Pilkada ballot with kolom kosong', () => {
    const p = contoh2();
    p['pemilihan'].jenis = 'pilkada';
    p['surat_suara'] = [{ jenis: 'BUPATI', peserta: [{ nomor: 1, nama: 'PASLON TUNGGAL' }, { nomor: 2, nama: 'KOLOM KOSONG', kolom_kosong: true }] }];
    const r = parsePaket(p);
    expect(r.ok && r.value.surat_suara[0]!.peserta[1]).toEqual({ nomor: 2, nama: 'KOLOM KOSONG', kolom_kosong: true });
  });

  it('loads a rekap-paket/1 file as before, ignoring the keys of /2', () => {
    const p = contoh2();
    p['format'] = 'rekap-paket/1';
    const r = parsePaket(p);
    if (!r.ok) throw new Error(r.error.pesan);
    expect(r.value.surat_suara[1]).toEqual({ jenis: 'DPR', peserta: [{ nomor: 1, nama: 'PARTAI KEBANGKITAN BANGSA', sirekap_id: '100001' }, { nomor: 24, nama: 'PARTAI UMMAT' }] });
    expect(r.value.surat_suara[2]).toEqual({ jenis: 'DPD', peserta: [{ nomor: 21, nama: 'CALON A', sirekap_id: '695854' }, { nomor: 22, nama: 'CALON B' }] });
  });

  it.each<[string, (p: any) => void, string]>([
    ['a party ballot without dapil', (p) => delete p.surat_suara[1].dapil, 'surat_suara[1].dapil: wajib ada, tidak ditemukan'],
    ['dapil code with spaces', (p) => (p.surat_suara[1].dapil.kode = 'ACEH I'), 'surat_suara[1].dapil.kode: harus teks angka/huruf tanpa spasi (1–20 huruf), tertulis "ACEH I"'],
    ['zero seats', (p) => (p.surat_suara[1].dapil.kursi = 0), 'surat_suara[1].dapil.kursi: harus bilangan bulat 1–99, tertulis 0'],
    ['dapil on PPWP', (p) => (p.surat_suara[0].dapil = { kode: '1', nama: 'X' }), 'surat_suara[0].dapil: hanya untuk surat suara DPR, DPRD_PROV, DPRD_KABKO dan DPD'],
    ['a party without calon', (p) => delete p.surat_suara[1].peserta[1].calon, 'surat_suara[1].peserta[1].calon: wajib ada, tidak ditemukan'],
    ['calon not a list', (p) => (p.surat_suara[1].peserta[1].calon = {}), 'surat_suara[1].peserta[1].calon: harus daftar JSON [...], tertulis {}'],
    [
      'more candidates than seats',
      (p) => (p.surat_suara[1].dapil.kursi = 1),
      'surat_suara[1].peserta[0].calon: berisi 2 calon, lebih dari 1 kursi dapil',
    ],
    [
      'duplicate nomor urut',
      (p) => (p.surat_suara[1].peserta[0].calon[1].nomor = 1),
      'surat_suara[1].peserta[0].calon[1].nomor: nomor urut 1 ganda, sudah dipakai surat_suara[1].peserta[0].calon[0]',
    ],
    ['calon nomor zero', (p) => (p.surat_suara[1].peserta[0].calon[0].nomor = 0), 'surat_suara[1].peserta[0].calon[0].nomor: harus bilangan bulat 1–999, tertulis 0'],
    ['calon without a name', (p) => (p.surat_suara[1].peserta[0].calon[0].nama = ' '), 'surat_suara[1].peserta[0].calon[0].nama: harus teks yang tidak kosong, tertulis " "'],
    ['jenis kelamin', (p) => (p.surat_suara[1].peserta[0].calon[0].jenis_kelamin = 'W'), 'surat_suara[1].peserta[0].calon[0].jenis_kelamin: harus "L" atau "P", tertulis "W"'],
    ['calon on DPD', (p) => (p.surat_suara[2].peserta[0].calon = []), 'surat_suara[2].peserta[0].calon: hanya untuk surat suara DPR, DPRD_PROV, DPRD_KABKO'],
    ['jenis kelamin of a party', (p) => (p.surat_suara[1].peserta[0].jenis_kelamin = 'L'), 'surat_suara[1].peserta[0].jenis_kelamin: hanya untuk calon anggota DPD'],
    ['kolom kosong in a Pemilu', (p) => (p.surat_suara[0].peserta[2].kolom_kosong = true), 'surat_suara[0].peserta[2].kolom_kosong: hanya untuk surat suara GUBERNUR, BUPATI, WALIKOTA'],
  ])('refuses %s', (_name, ubah, expected) => {
    expect(pesan2(ubah)).toBe(expected);
  });

  it('accepts the same candidate id in two ballots (ids are unique within a ballot)', () => {
    const p = contoh2();
    p['surat_suara'][3].peserta[0].calon[0].sirekap_id = '100121';
    expect(parsePaket(p).ok).toBe(true);
  });

  it('refuses a candidate id used twice in one ballot', () => {
    expect(pesan2((p) => (p.surat_suara[1].peserta[0].calon[1].sirekap_id = '100121'))).toBe(
      'surat_suara[1].peserta[0].calon[1].sirekap_id: sirekap_id "100121" ganda, sudah dipakai surat_suara[1].peserta[0].calon[0]',
    );
  });

  it.each<[string, unknown[], string]>([
    ['two kolom kosong', [{ nomor: 1, nama: 'KOLOM KOSONG', kolom_kosong: true }, { nomor: 2, nama: 'KOLOM KOSONG', kolom_kosong: true }], 'tertulis 2 peserta dengan 2 kolom kosong'],
    ['kolom kosong beside two pairs', [{ nomor: 1, nama: 'A' }, { nomor: 2, nama: 'B' }, { nomor: 3, nama: 'KOLOM KOSONG', kolom_kosong: true }], 'tertulis 3 peserta dengan 1 kolom kosong'],
    ['kolom kosong false', [{ nomor: 1, nama: 'A' }, { nomor: 2, nama: 'KOLOM KOSONG', kolom_kosong: false }], 'surat_suara[0].peserta[1].kolom_kosong: harus true (atau tidak ditulis), tertulis false'],
  ])('refuses a Pilkada ballot with %s', (_name, peserta, expected) => {
    const p = contoh2();
    p['pemilihan'].jenis = 'pilkada';
    p['surat_suara'] = [{ jenis: 'BUPATI', peserta }];
    const r = parsePaket(p);
    expect(r.ok ? 'ok' : r.error.pesan).toContain(expected);
  });
});
