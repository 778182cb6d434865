import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kunciPeserta, type Lembar } from '../../shared/forms/c-hasil';
import { validasiLembar } from '../../shared/validation/rules';
import type { AturanId } from '../../shared/validation/finding';
import { DEMO_FILES, demoPaths, loadDemoPlano, parseDemoPlano } from './demo-files';
import {
  DEFAULT_SEED,
  faultTable,
  generateDemo,
  KUNCI_ADMINISTRASI_SIREKAP,
  kunciLembarDariSirekap,
  PPWP_2024,
  renderDemoFiles,
  urutkanAturan,
  type DemoElection,
  type SirekapTpsFile,
} from './generate-demo';

const resourcesDir = path.resolve(import.meta.dirname, '..');
const paths = demoPaths(resourcesDir);
const demo = generateDemo(DEFAULT_SEED);

/** A Sirekap file as our sheet: pengguna_non_dpt_* -> pengguna_dpk_*, chart[sirekap_id] -> suara_<nomor>. */
function lembarSirekap(file: SirekapTpsFile): Lembar {
  const out: Record<string, number | null> = {};
  for (const k of KUNCI_ADMINISTRASI_SIREKAP) out[kunciLembarDariSirekap(k)] = file.administrasi[k];
  for (const p of PPWP_2024.peserta) out[kunciPeserta(p.nomor)] = file.chart[p.sirekap_id ?? ''] ?? null;
  return out;
}

function aturanPerTps(sheets: Iterable<[string, Lembar]>): Map<string, AturanId[]> {
  const out = new Map<string, AturanId[]>();
  for (const [kode, lembar] of sheets) {
    const t = validasiLembar(lembar, { jenisPemilihan: 'pemilu', suratSuara: PPWP_2024, tingkat: 'tps', kode });
    if (t.length > 0) out.set(kode, urutkanAturan(t.map((x) => x.aturan)));
  }
  return out;
}

function expected(d: DemoElection, source: 'plano' | 'sirekap'): Map<string, AturanId[]> {
  const out = new Map<string, AturanId[]>();
  for (const f of d.faults) {
    const rules = source === 'plano' ? f.aturanPlano : f.aturanSirekap;
    if (rules.length > 0) out.set(f.kode, [...rules]);
  }
  return out;
}

function allTps(d: DemoElection): { kode: string; nomor: number; desa: string }[] {
  return d.paket.desa.flatMap((x) => x.tps.map((t) => ({ ...t, desa: x.kode })));
}

function num(l: Lembar, key: string): number {
  const v = l[key];
  if (typeof v !== 'number') throw new Error(`${key} not a number`);
  return v;
}

describe('demo election files', () => {
  it('regenerating with the fixed seed gives the committed files byte for byte, and nothing else', () => {
    const files = renderDemoFiles(demo);
    for (const [rel, text] of files) {
      expect(readFileSync(path.join(paths.dir, ...rel.split('/')), 'utf8'), rel).toBe(text);
    }
    const onDisk = readdirSync(paths.sirekapDir).map((f) => `${DEMO_FILES.sirekapDir}/${f}`).sort();
    expect(onDisk).toEqual([...files.keys()].filter((k) => k.startsWith(`${DEMO_FILES.sirekapDir}/`)).sort());
    const bytes = [...files.values()].reduce((a, t) => a + Buffer.byteLength(t), 0);
    expect(bytes).toBeLessThan(500_000);
  });

  it('is deterministic, and the seed changes the numbers', () => {
    const again = renderDemoFiles(generateDemo(DEFAULT_SEED));
    expect([...again]).toEqual([...renderDemoFiles(demo)]);
    expect(renderDemoFiles(generateDemo(7)).get(DEMO_FILES.plano)).not.toBe(again.get(DEMO_FILES.plano));
  });

  it('demoPaths points at the files under resources/demo', () => {
    expect(paths.paket).toBe(path.join(resourcesDir, 'demo', 'paket.json'));
    for (const p of [paths.paket, paths.plano, paths.sirekapDir]) expect(existsSync(p), p).toBe(true);
  });
});

describe('the package', () => {
  const { paket } = demo;

  it('is a rekap-paket/1 of the fictional kecamatan WANAJAYA with the 2024 PPWP ballot', () => {
    expect(paket.format).toBe('rekap-paket/1');
    expect(paket.pemilihan).toEqual({ nama: 'Pemilihan Umum Tahun 2024', jenis: 'pemilu', tanggal: '2024-02-14' });
    expect(paket.tingkat).toBe('kecamatan');
    expect(paket.wilayah).toEqual({
      provinsi: { kode: '33', nama: 'JAWA TENGAH' },
      kabupaten: { kode: '3369', nama: 'SUKAMAJU' },
      kecamatan: { kode: '336901', nama: 'WANAJAYA' },
    });
    expect(paket.surat_suara).toEqual([
      {
        jenis: 'PPWP',
        peserta: [
          { nomor: 1, nama: 'H. ANIES RASYID BASWEDAN, Ph.D. - Dr. (H.C.) H. A. MUHAIMIN ISKANDAR', sirekap_id: '100025' },
          { nomor: 2, nama: 'H. PRABOWO SUBIANTO - GIBRAN RAKABUMING RAKA', sirekap_id: '100026' },
          { nomor: 3, nama: 'H. GANJAR PRANOWO, S.H., M.IP. - Prof. Dr. H. M. MAHFUD MD', sirekap_id: '100027' },
        ],
      },
    ]);
  });

  it('has about 12 desa/kelurahan of 8-15 TPS each, with well-formed codes', () => {
    expect(paket.desa.length).toBeGreaterThanOrEqual(10);
    expect(paket.desa.length).toBeLessThanOrEqual(15);
    const kelurahan = paket.desa.filter((d) => /^3369011\d{3}$/.test(d.kode));
    const desa = paket.desa.filter((d) => /^3369012\d{3}$/.test(d.kode));
    expect(kelurahan.length).toBeGreaterThanOrEqual(2);
    expect(kelurahan.length + desa.length).toBe(paket.desa.length);
    expect(new Set(paket.desa.map((d) => d.kode)).size).toBe(paket.desa.length);
    expect(new Set(paket.desa.map((d) => d.nama)).size).toBe(paket.desa.length);
    for (const d of paket.desa) {
      expect(d.nama).toMatch(/^[A-Z ]+$/);
      expect(d.tps.length).toBeGreaterThanOrEqual(8);
      expect(d.tps.length).toBeLessThanOrEqual(15);
      d.tps.forEach((t, i) => {
        expect(t.nomor).toBe(i + 1);
        expect(t.kode).toBe(`${d.kode}${String(i + 1).padStart(3, '0')}`);
      });
    }
  });
});

describe('the C.Hasil plano', () => {
  const text = readFileSync(paths.plano, 'utf8');
  const plano = loadDemoPlano(text);
  const tps = allTps(demo);
  const faultKode = new Set(demo.faults.map((f) => f.kode));

  it('has one sheet per TPS with every row of the form, in form order', () => {
    expect(Object.keys(plano)).toEqual(tps.map((t) => t.kode));
    const keys = [
      'pemilih_dpt_l', 'pemilih_dpt_p', 'pemilih_dpt_j',
      'pengguna_dpt_l', 'pengguna_dpt_p', 'pengguna_dpt_j',
      'pengguna_dptb_l', 'pengguna_dptb_p', 'pengguna_dptb_j',
      'pengguna_dpk_l', 'pengguna_dpk_p', 'pengguna_dpk_j',
      'pengguna_total_l', 'pengguna_total_p', 'pengguna_total_j',
      'surat_suara_diterima', 'surat_suara_digunakan', 'surat_suara_rusak', 'surat_suara_tidak_digunakan',
      'disabilitas_l', 'disabilitas_p', 'disabilitas_j',
      'suara_1', 'suara_2', 'suara_3', 'suara_sah', 'suara_tidak_sah', 'suara_total',
    ];
    for (const l of Object.values(plano)) expect(Object.keys(l)).toEqual(keys);
  });

  it('has realistic numbers', () => {
    for (const [kode, l] of Object.entries(plano)) {
      const dpt = num(l, 'pemilih_dpt_l') + num(l, 'pemilih_dpt_p');
      expect(dpt, kode).toBeGreaterThanOrEqual(150);
      expect(dpt, kode).toBeLessThanOrEqual(300);
      expect(num(l, 'pemilih_dpt_l') / dpt, kode).toBeGreaterThan(0.45);
      expect(num(l, 'pemilih_dpt_l') / dpt, kode).toBeLessThan(0.55);
      const pengguna = num(l, 'pengguna_total_j');
      expect(pengguna / dpt, kode).toBeGreaterThanOrEqual(0.75);
      expect(pengguna / dpt, kode).toBeLessThanOrEqual(0.9);
      expect(num(l, 'pengguna_dptb_j')).toBeLessThanOrEqual(5);
      expect(num(l, 'pengguna_dpk_j')).toBeLessThanOrEqual(4);
      expect(num(l, 'disabilitas_j')).toBeLessThanOrEqual(3);
      expect(num(l, 'suara_tidak_sah') / pengguna, kode).toBeGreaterThanOrEqual(0.01);
      expect(num(l, 'suara_tidak_sah') / pengguna, kode).toBeLessThanOrEqual(0.03);
      // Section II: DPT + 2 % reserve rounded up (R10, not a coded rule yet).
      expect(num(l, 'surat_suara_diterima'), kode).toBe(dpt + Math.ceil((dpt * 2) / 100));
    }
  });

  it('has vote shares that vary by desa: 02 leads in most desa, but not in all', () => {
    const leaders = demo.paket.desa.map((d) => {
      const sum = [1, 2, 3].map((n) => d.tps.reduce((a, t) => a + num(plano[t.kode] ?? {}, `suara_${n}`), 0));
      return sum.indexOf(Math.max(...sum)) + 1;
    });
    expect(leaders.filter((x) => x === 2).length).toBeGreaterThanOrEqual(leaders.length - 3);
    expect(new Set(leaders).size).toBeGreaterThan(1);
  });

  it('validasiLembar finds exactly the planted plano faults, with exactly the expected rules', () => {
    const found = aturanPerTps(Object.entries(plano));
    expect(found).toEqual(expected(demo, 'plano'));
    expect(found.size).toBeGreaterThanOrEqual(2);
  });

  it('parses with its shape checked', () => {
    const r = parseDemoPlano(text);
    expect(r.ok && r.value.surat_suara).toBe('PPWP');
    const bad = (x: unknown): string => {
      const res = parseDemoPlano(JSON.stringify(x));
      return res.ok ? 'ok' : res.error.pesan;
    };
    expect(bad({ format: 'x', surat_suara: 'PPWP', tps: {} })).toMatch(/^c-hasil-plano\.json: format:/);
    expect(bad({ format: 'rekap-c-hasil/1', surat_suara: 'PILPRES', tps: {} })).toMatch(/surat_suara/);
    expect(bad({ format: 'rekap-c-hasil/1', surat_suara: 'PPWP', tps: { '123': {} } })).toMatch(/13 angka/);
    expect(bad({ format: 'rekap-c-hasil/1', surat_suara: 'PPWP', tps: { '3369011001001': { suara_x: 1 } } })).toMatch(/suara_x: baris tidak dikenal/);
    expect(bad({ format: 'rekap-c-hasil/1', surat_suara: 'PPWP', tps: { '3369011001001': { suara_1: -1 } } })).toMatch(/suara_1: harus bilangan bulat/);
    expect(bad({ format: 'rekap-c-hasil/1', surat_suara: 'PPWP', tps: { '3369011001001': { suara_1: '5' } } })).toMatch(/suara_1/);
    expect(bad({ format: 'rekap-c-hasil/1', surat_suara: 'PPWP', tps: { '3369011001001': { suara_1: null } } })).toBe('ok');
    expect(() => loadDemoPlano('{')).toThrow(/c-hasil-plano\.json/);
  });

  it('matches Sirekap everywhere except the planted Sirekap faults', () => {
    for (const [kode, file] of demo.sirekap) {
      const s = lembarSirekap(file);
      const p = plano[kode] ?? {};
      const differs = Object.keys(s).some((k) => s[k] !== p[k]);
      const fault = demo.faults.find((f) => f.kode === kode);
      expect(differs, kode).toBe(fault !== undefined && fault.sumber === 'sirekap');
    }
    expect(faultKode.size).toBe(demo.faults.length);
  });
});

describe('the Sirekap files', () => {
  it('have exactly the public Sirekap shape, without sections II and III', () => {
    expect([...demo.sirekap.keys()]).toEqual(allTps(demo).map((t) => t.kode));
    for (const [kode, file] of demo.sirekap) {
      const json = JSON.parse(readFileSync(path.join(paths.sirekapDir, `${kode}.json`), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(json)).toEqual(['chart', 'images', 'administrasi', 'psu', 'ts', 'status_suara', 'status_adm']);
      expect(Object.keys(file.chart)).toEqual(['100025', '100026', '100027', 'null']);
      expect(file.chart['null']).toBeNull();
      expect(Object.keys(file.administrasi).sort()).toEqual([...KUNCI_ADMINISTRASI_SIREKAP].sort());
      expect(file.psu).toBeNull();
      expect(file.ts).toMatch(/^2024-02-1[4-6] \d\d:\d\d:\d\d$/);
      expect(Array.isArray(file.images)).toBe(true);
      for (const v of [...Object.values(file.administrasi), ...Object.values(file.chart)]) {
        expect(v === null || (Number.isInteger(v) && v >= 0)).toBe(true);
      }
    }
  });

  it('validasiLembar finds exactly the planted Sirekap faults, with exactly the expected rules', () => {
    const found = aturanPerTps([...demo.sirekap].map(([k, f]) => [k, lembarSirekap(f)]));
    expect(found).toEqual(expected(demo, 'sirekap'));
  });

  it('has a file not yet read, with null values', () => {
    const f = demo.faults.find((x) => x.jenis === 'belum-terbaca');
    const file = f && demo.sirekap.get(f.kode);
    expect(file?.administrasi.suara_sah).toBeNull();
    expect(Object.values(file?.chart ?? {}).filter((v) => v === null).length).toBeGreaterThan(1);
  });
});

describe('the planted faults', () => {
  it('are the classic faults of DOMAIN.md section 8, each at its own TPS of its own desa', () => {
    expect(demo.faults.map((f) => f.jenis).sort()).toEqual([
      'belum-terbaca',
      'jml-tidak-sama-l-p',
      'sah-tidak-sah-tertukar',
      'salah-baca-8xx',
      'salah-baca-8xx',
      'suara-tidak-sama-pengguna',
    ]);
    expect(new Set(demo.faults.map((f) => f.kode.slice(0, 10))).size).toBe(demo.faults.length);
  });

  it('stay the only findings for other seeds too', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const d = generateDemo(seed);
      const plano = Object.entries(d.plano.tps) as [string, Lembar][];
      expect(aturanPerTps(plano), `seed ${seed}`).toEqual(expected(d, 'plano'));
      expect(aturanPerTps([...d.sirekap].map(([k, f]) => [k, lembarSirekap(f)])), `seed ${seed}`).toEqual(expected(d, 'sirekap'));
    }
  });

  it('are listed in README.md verbatim, with the seed', () => {
    const readme = readFileSync(path.join(paths.dir, DEMO_FILES.readme), 'utf8');
    expect(readme).toContain(faultTable(demo.faults));
    expect(readme).toContain(String(DEFAULT_SEED));
  });
});
