/* eslint-disable @typescript-eslint/no-explicit-any -- the tests break a JSON package one field at a time */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jalankanCli, type KeluaranCli } from '../../electron/testing/cli-uji';
import { FIXTURE, paketKecamatan } from './kepulauan-seribu';

// Bad input through the command line: each case exits 2 with a message naming the file and the field,
// and leaves the database exactly as it was (bytes, rows, audit chain head).

const clock = (): Date => new Date('2024-02-20T08:00:00.000Z');
let root: string;
let base: string;
let dir: string;
let dbFile: string;

const cli = (argv: string[]): Promise<KeluaranCli> => jalankanCli(argv, clock);

interface Keadaan {
  readonly sha256: string;
  readonly nilai: number;
  readonly audit: number;
  readonly impor: number;
  readonly head: string;
  readonly berkas: string[];
}

/** What must not change: the file's bytes, the row counts, the chain head and the folder's files. */
function keadaan(file: string): Keadaan {
  const sha256 = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  const db = new Database(file, { readonly: true });
  const n = (t: string): number => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  const head = (db.prepare('SELECT hash FROM audit ORDER BY id DESC LIMIT 1').get() as { hash: string }).hash;
  const k = { sha256, nilai: n('nilai'), audit: n('audit'), impor: n('impor'), head };
  db.close();
  return { ...k, berkas: fs.readdirSync(path.dirname(file)).sort() };
}

function tulis(name: string, teks: string): string {
  const f = path.join(dir, name);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, teks);
  return f;
}

/** A real Sirekap file of 310101 with one change. */
function ubahBerkas(kodeTps: string, f: (d: { chart: Record<string, unknown>; administrasi: Record<string, unknown> }) => void): string {
  const d = JSON.parse(fs.readFileSync(path.join(FIXTURE, '310101', `${kodeTps}.json`), 'utf8'));
  f(d);
  return JSON.stringify(d);
}

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'pleno-bad-'));
  const paket = path.join(root, 'paket.json');
  fs.writeFileSync(paket, JSON.stringify(paketKecamatan('310101')));
  base = path.join(root, 'base.db');
  expect((await cli(['init', '--db', base, '--paket', paket])).code).toBe(0);
  // Half the real files, so a later import would have something new to write.
  const half = fs.readdirSync(path.join(FIXTURE, '310101')).sort().slice(0, 20).map((f) => path.join(FIXTURE, '310101', f));
  expect((await cli(['import-sirekap', '--db', base, ...half])).code).toBe(0);
  expect((await cli(['save-tps', '--db', base, '--tps', '3101011001001', '--surat-suara', 'PPWP', '--oleh', 'operator', 'suara_1=83'])).code).toBe(0);
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(root, 'kasus-'));
  fs.mkdirSync(path.join(dir, 'db'));
  dbFile = path.join(dir, 'db', 'rekap.db');
  fs.copyFileSync(base, dbFile);
});

/** Runs a command that must be refused: exit 2, the expected message, the database unchanged. */
async function ditolak(argv: string[], ...pesan: string[]): Promise<string> {
  const before = keadaan(dbFile);
  const r = await cli(argv);
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  for (const p of pesan) expect(r.err).toContain(p);
  expect(keadaan(dbFile)).toEqual(before);
  return r.err;
}

describe('bad Sirekap files: exit 2, file and field named, nothing written', () => {
  it('a file of a TPS outside the package (the other kecamatan)', async () => {
    const other = path.join(FIXTURE, '310102', '3101021003001.json');
    await ditolak(['import-sirekap', '--db', dbFile, path.join(FIXTURE, '310101'), other], `${other}: TPS 3101021003001 tidak ada dalam paket kecamatan 310101`);
  });

  it('a file that is not JSON', async () => {
    const f = tulis('sirekap/3101011003008.json', '<html><body>502 Bad Gateway</body></html>');
    await ditolak(['import-sirekap', '--db', dbFile, path.join(FIXTURE, '310101'), path.join(dir, 'sirekap')], `${f}: bukan JSON yang sah`);
  });

  it('a file with a string vote', async () => {
    const f = tulis('sirekap/3101011003008.json', ubahBerkas('3101011003008', (d) => (d.chart['100026'] = '107')));
    await ditolak(['import-sirekap', '--db', dbFile, path.join(dir, 'sirekap')], `${f}: chart.100026: harus bilangan bulat 0 atau lebih, atau null; tertulis "107"`);
  });

  it('a file with a negative number', async () => {
    const f = tulis('sirekap/3101011003008.json', ubahBerkas('3101011003008', (d) => (d.administrasi['pengguna_dpt_l'] = -5)));
    await ditolak(['import-sirekap', '--db', dbFile, path.join(dir, 'sirekap')], `${f}: administrasi.pengguna_dpt_l: harus bilangan bulat 0 atau lebih, atau null; tertulis -5`);
  });

  it('a file with a non-integer number', async () => {
    const f = tulis('sirekap/3101011003008.json', ubahBerkas('3101011003008', (d) => (d.administrasi['suara_sah'] = 110.5)));
    await ditolak(['import-sirekap', '--db', dbFile, path.join(dir, 'sirekap')], `${f}: administrasi.suara_sah: harus bilangan bulat 0 atau lebih, atau null; tertulis 110.5`);
  });

  it('a file named after no TPS code', async () => {
    const f = tulis('sirekap/tps-8.json', '{}');
    await ditolak(['import-sirekap', '--db', dbFile, f], `${f}: nama berkas harus <kode TPS 13 digit>.json`);
  });

  it('a path that does not exist', async () => {
    await ditolak(['import-sirekap', '--db', dbFile, path.join(dir, 'tidak-ada')], 'tidak-ada: berkas atau folder tidak ditemukan');
  });
});

describe('bad C.Hasil entry: exit 2, TPS and row named, nothing written', () => {
  it('a number above 999 (three digit boxes)', async () => {
    await ditolak(
      ['save-tps', '--db', dbFile, '--tps', '3101011001001', '--surat-suara', 'PPWP', 'suara_1=83', 'suara_2=1070'],
      'TPS 3101011001001 PPWP, baris suara_2: harus bilangan bulat 0–999 (tiga kotak angka) atau kosong, tertulis 1070.',
    );
  });

  it('a negative number, a fraction, text, an unknown row and an unknown TPS', async () => {
    const save = (...pairs: string[]): string[] => ['save-tps', '--db', dbFile, '--tps', '3101011001001', '--surat-suara', 'PPWP', ...pairs];
    await ditolak(save('suara_sah=-1'), 'baris suara_sah: harus bilangan bulat 0–999 (tiga kotak angka) atau kosong, tertulis -1.');
    await ditolak(save('suara_sah=2.5'), 'baris suara_sah: harus bilangan bulat 0–999 (tiga kotak angka) atau kosong, tertulis 2.5.');
    await ditolak(save('suara_sah=abc'), 'save-tps: baris suara_sah: harus bilangan bulat 0–999 atau kosong, tertulis "abc"');
    await ditolak(save('suara_9=1'), 'baris "suara_9" tidak ada pada formulir C.Hasil PPWP');
    await ditolak(['save-tps', '--db', dbFile, '--tps', '3101011001099', '--surat-suara', 'PPWP', 'suara_1=1'], 'TPS 3101011001099 tidak ada dalam paket pemilihan.');
  });
});

describe('bad package: exit 2, file and path named, no database created', () => {
  async function initDitolak(teks: string, ...pesan: string[]): Promise<void> {
    const paket = tulis('paket.json', teks);
    const target = path.join(dir, 'baru.db');
    const r = await cli(['init', '--db', target, '--paket', paket]);
    expect(r.code).toBe(2);
    for (const p of pesan) expect(r.err).toContain(`${paket}: ${p}`);
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual(['db', 'paket.json']);
  }

  function paketDengan(f: (p: any) => void): string {
    const p = paketKecamatan('310101');
    f(p);
    return JSON.stringify(p);
  }

  it('not JSON', async () => {
    await initDitolak('format: rekap-paket/1\n', 'bukan JSON yang sah');
  });

  it('wrong types', async () => {
    await initDitolak(paketDengan((p) => (p.desa[1].tps[3].nomor = '4')), 'desa[1].tps[3].nomor: harus bilangan bulat 1–999, tertulis "4"');
    await initDitolak(paketDengan((p) => (p.desa[0].kode = 3101011001)), 'desa[0].kode: harus teks 10 digit angka (dalam tanda kutip), tertulis 3101011001');
  });

  it('a negative participant number', async () => {
    await initDitolak(paketDengan((p) => (p.surat_suara[0].peserta[1].nomor = -2)), 'surat_suara[0].peserta[1].nomor: harus bilangan bulat 1–999, tertulis -2');
  });

  it('a non-integer TPS number', async () => {
    await initDitolak(paketDengan((p) => (p.desa[0].tps[0].nomor = 1.5)), 'desa[0].tps[0].nomor: harus bilangan bulat 1–999, tertulis 1.5');
  });

  it('duplicate codes', async () => {
    await initDitolak(
      paketDengan((p) => (p.desa[2].tps[1] = { ...p.desa[2].tps[0] })),
      'desa[2].tps[1].kode: kode TPS "3101011003001" ganda, sudah dipakai desa[2].tps[0]',
    );
    await initDitolak(paketDengan((p) => (p.desa[2].kode = p.desa[0].kode)), 'desa[2].kode: kode desa "3101011001" ganda, sudah dipakai desa[0]');
  });

  it('a short TPS code, exactly as FORMATS.md writes the message', async () => {
    await initDitolak(paketDengan((p) => (p.desa[0].tps[12].kode = '310101100101')), 'desa[0].tps[12].kode: harus 13 digit angka, tertulis "310101100101"');
  });

  it('a package file that does not exist', async () => {
    const r = await cli(['init', '--db', path.join(dir, 'baru.db'), '--paket', path.join(dir, 'hilang.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('hilang.json: berkas paket tidak dapat dibaca');
  });
});

describe('databases and usage', () => {
  it('init refuses an existing file and leaves it untouched', async () => {
    const paket = tulis('paket.json', JSON.stringify(paketKecamatan('310101')));
    await ditolak(['init', '--db', dbFile, '--paket', paket], `Berkas ${dbFile} sudah ada; basis data baru tidak menimpa berkas yang ada.`);
  });

  it('a missing database', async () => {
    for (const argv of [['check', '--json'], ['recap', '--surat-suara', 'PPWP'], ['import-sirekap', path.join(FIXTURE, '310101')]]) {
      const r = await cli([argv[0]!, '--db', path.join(dir, 'hilang.db'), ...argv.slice(1)]);
      expect(r).toMatchObject({ code: 2, out: '' });
      expect(r.err).toContain(`Berkas basis data ${path.join(dir, 'hilang.db')} tidak ditemukan.`);
    }
    expect(fs.existsSync(path.join(dir, 'hilang.db'))).toBe(false);
  });

  it('a database from a newer version of the app', async () => {
    const raw = new Database(dbFile);
    raw.pragma('user_version = 99');
    raw.close();
    await ditolak(['check', '--db', dbFile, '--json'], 'dibuat oleh versi aplikasi yang lebih baru');
  });

  it('a file that is not a Pleno Rekap database', async () => {
    const f = tulis('lain.db', 'bukan basis data');
    const r = await cli(['recap', '--db', f, '--surat-suara', 'PPWP']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`Berkas ${f} bukan basis data Pleno Rekap; berkas tidak diubah.`);
    expect(fs.readFileSync(f, 'utf8')).toBe('bukan basis data');
  });

  it('a ballot kind that does not exist or is not in the package', async () => {
    await ditolak(['recap', '--db', dbFile, '--surat-suara', 'PRESIDEN'], '--surat-suara: jenis tidak dikenal "PRESIDEN"');
    await ditolak(['recap', '--db', dbFile, '--surat-suara', 'DPD'], 'Surat suara DPD tidak ada dalam paket pemilihan (yang ada: PPWP).');
  });

  it('an unknown command or a missing option, with the usage', async () => {
    const r = await cli(['hitung', '--db', dbFile]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('perintah tidak dikenal: "hitung"');
    expect(r.err).toContain('Pemakaian: npm run --silent cli -- <perintah> [opsi]');
    await ditolak(['recap', '--db', dbFile, '--json'], 'recap: opsi --surat-suara wajib ditulis');
  });
});
