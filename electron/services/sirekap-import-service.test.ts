import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoPaths } from '../../resources/demo/demo-files';
import { parsePaketJson } from '../../shared/paket/parse-paket';
import { berkasSirekap, databaseUji, jamUji, PAKET_LEGISLATIF } from '../testing/election-fixture';
import { check } from './recap-service';
import { auditHead, listAudit, verifyAuditChain } from './audit-service';
import { cellHistory, readSheets } from './results-service';
import { collectJsonFiles, importSirekapFiles } from './sirekap-import-service';
import { majukanTinjauan } from './tinjauan-service';

let db: Database.Database;
let dir: string;
let data: string;
const clock = jamUji('2024-02-20T10:00:00.000Z');

const ADM = {
  pemilih_dpt_l: 139, pemilih_dpt_p: 145, pemilih_dpt_j: 284,
  pengguna_dpt_l: 110, pengguna_dpt_p: 126, pengguna_dpt_j: 236,
  pengguna_dptb_l: 0, pengguna_dptb_p: 1, pengguna_dptb_j: 1,
  pengguna_non_dpt_l: 2, pengguna_non_dpt_p: 0, pengguna_non_dpt_j: 2,
  pengguna_total_l: 112, pengguna_total_p: 127, pengguna_total_j: 239,
  suara_sah: 234, suara_tidak_sah: 5, suara_total: 239,
};

function tulis(rel: string, teks: string): string {
  const f = path.join(data, rel);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, teks);
  return f;
}

function hitung(): { nilai: number; impor: number; audit: number; head: unknown } {
  const n = (t: string): number => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return { nilai: n('nilai'), impor: n('impor'), audit: n('audit'), head: auditHead(db) };
}

beforeEach(() => {
  ({ db, dir } = databaseUji());
  data = path.join(dir, 'sirekap');
  tulis('2001/1101012001001.json', berkasSirekap({ 100025: 144, 100026: 80, 100027: 10 }, ADM));
  tulis('2001/1101012001002.json', berkasSirekap({ 100025: 825, 100026: 19, 100027: 2 }, null));
  tulis('2002/sub/1101012002001.json', berkasSirekap({ 100025: null, 100026: null, 100027: null }, null));
  tulis('2002/catatan.txt', 'bukan JSON');
  tulis('2002/._1101012002001.json', '\u0000\u0005binary resource fork');
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('collectJsonFiles', () => {
  it('finds *.json recursively in sorted order, skipping hidden files and other extensions', () => {
    const r = collectJsonFiles([data]);
    expect(r.ok && r.value.map((f) => path.relative(data, f))).toEqual([
      path.join('2001', '1101012001001.json'),
      path.join('2001', '1101012001002.json'),
      path.join('2002', 'sub', '1101012002001.json'),
    ]);
  });

  it('takes a file as given and de-duplicates', () => {
    const f = path.join(data, '2001', '1101012001001.json');
    const r = collectJsonFiles([f, path.join(data, '2001')]);
    expect(r.ok && r.value).toHaveLength(2);
  });

  it('refuses a missing path and an empty folder', () => {
    expect(collectJsonFiles([path.join(data, 'tidak-ada')])).toMatchObject({ ok: false, error: { kode: 'berkas-tidak-ada' } });
    fs.mkdirSync(path.join(dir, 'kosong'));
    expect(collectJsonFiles([path.join(dir, 'kosong')])).toMatchObject({ ok: false, error: { kode: 'tidak-ada-berkas' } });
  });
});

describe('importSirekapFiles', () => {
  it('writes every value as a sirekap version with one impor row and one audit row', () => {
    const r = importSirekapFiles(db, [data], clock, { oleh: 'operator' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 21 rows per file; file 1 has all 21, file 2 has 3 votes, file 3 nothing read.
    expect(r.value).toEqual({ berkas: 3, tps: 3, nilaiBaru: 24, nilaiSama: 39, kodeTps: ['1101012001001', '1101012001002'], jenis: ['PPWP'], imporId: 1 });
    const sheets = readSheets(db, 'PPWP', 'sirekap');
    expect(sheets.get('1101012001001')).toMatchObject({ suara_1: 144, pengguna_dpk_l: 2, pengguna_dpk_j: 2, suara_total: 239 });
    expect(sheets.get('1101012001002')).toEqual({ suara_1: 825, suara_2: 19, suara_3: 2 }); // the misread is kept
    const impor = db.prepare('SELECT * FROM impor').get() as { berkas: string; jumlah_berkas: number; jumlah_nilai: number };
    expect(impor).toMatchObject({ jumlah_berkas: 3, jumlah_nilai: 24 });
    expect(JSON.parse(impor.berkas)[0]).toMatchObject({ nama: path.join(data, '2001', '1101012001001.json'), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(cellHistory(db, '1101012001001', 'PPWP', 'suara_1')).toMatchObject([{ nilai: 144, sumber: 'sirekap', impor_id: 1, oleh: 'operator' }]);
    expect(listAudit(db).map((a) => a.aksi)).toEqual(['buat-basis-data', 'impor-sirekap']);
    expect(verifyAuditChain(db)).toBeNull();
  });

  it('writes nothing at all when the same files are imported again', () => {
    importSirekapFiles(db, [data], clock);
    const before = hitung();
    const r = importSirekapFiles(db, [data], clock);
    expect(r).toMatchObject({ ok: true, value: { berkas: 3, nilaiBaru: 0, nilaiSama: 63, kodeTps: [], imporId: null } });
    expect(hitung()).toEqual(before);
  });

  it('writes only the values that changed since the last import', () => {
    importSirekapFiles(db, [data], clock);
    tulis('2001/1101012001002.json', berkasSirekap({ 100025: 25, 100026: 19, 100027: 2 }, null));
    const r = importSirekapFiles(db, [path.join(data, '2001')], clock);
    expect(r).toMatchObject({ ok: true, value: { berkas: 2, nilaiBaru: 1, kodeTps: ['1101012001002'], imporId: 2 } });
    expect(cellHistory(db, '1101012001002', 'PPWP', 'suara_1').map((h) => h.nilai)).toEqual([825, 25]);
  });

  it('refuses new numbers for a desa approved in the plenary, writing nothing, until the plenary reopens it', () => {
    importSirekapFiles(db, [data], clock);
    for (const status of ['dibaca', 'dicocokkan', 'disahkan'] as const) expect(majukanTinjauan(db, { desaKode: '1101012001', jenis: 'PPWP', status }, 'ketua', clock).ok).toBe(true);
    tulis('2001/1101012001002.json', berkasSirekap({ 100025: 25, 100026: 19, 100027: 2 }, null));
    tulis('2002/sub/1101012002001.json', berkasSirekap({ 100025: 40, 100026: 30, 100027: 3 }, null));
    const before = hitung();
    const r = importSirekapFiles(db, [data], clock);
    expect(r).toMatchObject({ ok: false, error: { kode: 'unit-disahkan' } });
    if (!r.ok) expect(r.error.pesan).toBe('Impor Sirekap ditolak: desa KEUDE BAKONGAN (PPWP) sudah disahkan dalam rapat pleno. Buka kembali desa itu dengan keputusan rapat, atau impor tanpa berkas desa tersebut. Tidak ada angka yang disimpan.');
    expect(hitung()).toEqual(before);
    // An unchanged file of the approved desa brings nothing new and passes; another desa imports as usual.
    expect(importSirekapFiles(db, [path.join(data, '2001', '1101012001001.json'), path.join(data, '2002')], clock)).toMatchObject({ ok: true, value: { kodeTps: ['1101012002001'] } });
    expect(majukanTinjauan(db, { desaKode: '1101012001', jenis: 'PPWP', status: 'dibuka_kembali', keputusan: 'Rapat menerima data Sirekap terbaru TPS 002' }, 'ketua', clock).ok).toBe(true);
    expect(importSirekapFiles(db, [data], clock)).toMatchObject({ ok: true, value: { kodeTps: ['1101012001002'] } });
    expect(cellHistory(db, '1101012001002', 'PPWP', 'suara_1').map((h) => h.nilai)).toEqual([825, 25]);
  });

  it.each<[string, () => string[], string]>([
    ['a file that is not JSON', () => [tulis('2002/1101012002001.json', '{"chart": ')], '1101012002001.json: bukan JSON yang sah'],
    ['a string vote', () => [tulis('2001/1101012001002.json', '{"chart": {"100025": "25"}, "administrasi": null}')], '1101012001002.json: chart.100025: harus bilangan bulat 0 atau lebih, atau null; tertulis "25"'],
    ['a TPS outside the package', () => [tulis('luar/3101011001001.json', berkasSirekap({ 100025: 1 }, null))], '3101011001001.json: TPS 3101011001001 tidak ada dalam paket kecamatan 110101 BAKONGAN'],
    ['two files for one TPS', () => [tulis('lain/1101012001001.json', berkasSirekap({ 100025: 1 }, null))], 'TPS 1101012001001 sudah ada di berkas'],
    ['a file over 1 MiB', () => [tulis('2001/1101012001002.json', `{"chart": null, "administrasi": null, "x": "${'a'.repeat(1024 * 1024)}"}`)], '1101012001002.json: berkas lebih besar dari 1 MiB'],
  ])('refuses the whole import for %s, naming the file, and writes nothing', (_what, rusak, pesan) => {
    importSirekapFiles(db, [path.join(data, '2001', '1101012001001.json')], clock);
    const before = hitung();
    const extra = rusak();
    const r = importSirekapFiles(db, [data, ...extra], clock);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.pesan).toContain(pesan);
    expect(hitung()).toEqual(before);
  });
});

describe('importSirekapFiles, legislative ballots', () => {
  beforeEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
    ({ db, dir } = databaseUji(PAKET_LEGISLATIF));
    data = path.join(dir, 'unduh');
  });

  const dprFile = (chart: Record<string, unknown>, caleg: unknown = null, kodeDapil: string | null = '1101'): string =>
    JSON.stringify({ chart, kode_dapil: kodeDapil, images: [], administrasi: ADM, caleg, psu: null, ts: '2024-02-16 10:00:00', status_suara: true, status_adm: true });

  it('imports each file as the ballot of its Sirekap folder, PPWP outside one, all in one import', () => {
    tulis('pemilu/hhcw/pdpr/11/1101/110101/1101012001/1101012001001.json', dprFile({ 1: { jml_suara_total: 38, jml_suara_partai: 4 } }, { 1: { 100121: 30, 100122: 4 } }));
    tulis('pemilu/hhcw/pdpd/11/1101/110101/1101012001/1101012001001.json', berkasSirekap({ 1: 3 }, ADM).replace('"chart":{"1":3,', '"chart":{'));
    tulis('lain/1101012001001.json', berkasSirekap({ 100025: 144, 100026: 80, 100027: 10 }, ADM));
    const r = importSirekapFiles(db, [data], clock);
    if (!r.ok) throw new Error(r.error.pesan);
    expect(r.value).toMatchObject({ berkas: 3, tps: 1, jenis: ['PPWP', 'DPR', 'DPD'] });
    const sheet = readSheets(db, 'DPR', 'sirekap').get('1101012001001')!;
    expect(sheet).toMatchObject({ partai_1_a1: 4, partai_1_calon_1: 30, partai_1_calon_2: 4, partai_1_b: 38, suara_sah: 234 });
    // A party the file leaves out is not read (a null is never written as news).
    expect(sheet['partai_24_b'] ?? null).toBeNull();
    expect(readSheets(db, 'PPWP', 'sirekap').get('1101012001001')).toMatchObject({ suara_1: 144 });
    expect(readSheets(db, 'DPD', 'sirekap').get('1101012001001')).toMatchObject({ suara_sah: 234 });
    const audit = listAudit(db).at(-1)!;
    expect(audit.aksi).toBe('impor-sirekap');
    expect(JSON.parse(audit.rincian)).toMatchObject({ surat_suara: ['PPWP', 'DPR', 'DPD'] });
    expect(importSirekapFiles(db, [data], clock)).toMatchObject({ ok: true, value: { nilaiBaru: 0, imporId: null } });
  });

  it('takes the ballot from the option, and refuses a file in another contest folder', () => {
    const f = tulis('dprd/1101012001001.json', dprFile({ 18: { jml_suara_total: 5, jml_suara_partai: 1 } }, { 18: {} }, '110101'));
    expect(importSirekapFiles(db, [f], clock, { jenis: 'DPRD_KABKO' })).toMatchObject({ ok: true, value: { jenis: ['DPRD_KABKO'] } });
    const g = tulis('pdpr/1101012002001.json', dprFile({ 1: { jml_suara_total: 1, jml_suara_partai: 1 } }));
    const before = hitung();
    expect(importSirekapFiles(db, [g], clock, { jenis: 'DPRD_KABKO' })).toMatchObject({
      ok: false,
      error: { kode: 'surat-suara-berbeda', pesan: `${g}: berkas ada di folder Sirekap surat suara DPR, bukan DPRD Kab/Kota yang dipilih.` },
    });
    expect(hitung()).toEqual(before);
  });

  it('refuses the whole import when one legislative file is bad, naming the file and the field', () => {
    tulis('pdpr/1101012001001.json', dprFile({ 1: { jml_suara_total: 38, jml_suara_partai: 4 } }));
    const bad = tulis('pdpr/1101012001002.json', dprFile({ 1: { jml_suara_total: 38, jml_suara_partai: 4 } }, { 1: { 999999: 3 } }));
    const before = hitung();
    expect(importSirekapFiles(db, [data], clock)).toMatchObject({
      ok: false,
      error: { pesan: `${bad}: caleg.1.999999: bukan sirekap_id calon partai 1 surat suara DPR dalam paket` },
    });
    expect(hitung()).toEqual(before);
    expect(verifyAuditChain(db)).toBeNull();
  });

  it('keeps one file per TPS and ballot', () => {
    const a = tulis('x/pdpr/1101012001001.json', dprFile({}));
    const b = tulis('y/pdpr/1101012001001.json', dprFile({}));
    expect(importSirekapFiles(db, [a, b], clock)).toMatchObject({ ok: false, error: { kode: 'tps-ganda', pesan: `${b}: TPS 1101012001001 sudah ada di berkas ${a} untuk surat suara DPR; pilih satu saja.` } });
  });
});

describe('importSirekapFiles on the demo election', () => {
  it('imports the 4 x 145 legislative files of resources/demo by their folders, and check finds the planted faults', () => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
    const demo = demoPaths(path.resolve(import.meta.dirname, '../../resources'));
    const r0 = parsePaketJson(fs.readFileSync(demo.paket, 'utf8'));
    if (!r0.ok) throw new Error(r0.error.pesan);
    ({ db, dir } = databaseUji(r0.value));
    const r = importSirekapFiles(db, [demo.sirekapDir, demo.sirekapLegislatifDir], clock);
    if (!r.ok) throw new Error(r.error.pesan);
    expect(r.value).toMatchObject({ berkas: 145 * 5, tps: 145, jenis: ['PPWP', 'DPR', 'DPD', 'DPRD_PROV', 'DPRD_KABKO'] });
    const t = check(db);
    const per = new Map<string, string[]>();
    for (const x of t) per.set(`${x.surat_suara}|${x.kode}`, [...new Set([...(per.get(`${x.surat_suara}|${x.kode}`) ?? []), x.aturan])]);
    expect(per.get('DPR|3369011002002')).toEqual(['R5']);
    expect(per.get('DPRD_PROV|3369012003003')).toEqual(['R5']);
    expect(per.get('DPD|3369012005004')).toEqual(['R4', 'R13']);
    expect(per.get('DPRD_KABKO|3369012007007')).toEqual(['R15']);
    expect(per.get('PPWP|3369011001006')).toEqual(['R1', 'R15']);
    expect([...per.keys()].filter((k) => !k.startsWith('PPWP|'))).toHaveLength(4);
  });
});
