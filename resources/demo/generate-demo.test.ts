import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JenisSuratSuara, SuratSuara } from '../../shared/domain/ballot';
import { barisCHasil, kunciJumlahPartai, kunciPeserta, kunciSuaraCalon, kunciSuaraPartai, type Lembar } from '../../shared/forms/c-hasil';
import { parsePaketJson } from '../../shared/paket/parse-paket';
import { validasiAntarSuratSuara, validasiLembar } from '../../shared/validation/rules';
import type { AturanId, Temuan } from '../../shared/validation/finding';
import { DEMO_FILES, demoPaths, loadDemoPlano, parseDemoPlano } from './demo-files';
import {
  DEFAULT_SEED,
  faultTable,
  faultTableLegislatif,
  generateDemo,
  KUNCI_ADMINISTRASI_SIREKAP,
  kunciLembarDariSirekap,
  PPWP_2024,
  renderDemoFiles,
  urutkanAturan,
  type DemoElection,
  type SirekapTpsFile,
} from './generate-demo';
import { PARTAI_2024, type JenisLegislatif, type SirekapLegislatifFile } from './generate-legislatif';

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

/** Every file under a folder, relative to resources/demo with '/'. */
function filesUnder(rel: string): string[] {
  const out: string[] = [];
  const walk = (r: string): void => {
    for (const e of readdirSync(path.join(paths.dir, ...r.split('/')), { withFileTypes: true })) {
      if (e.isDirectory()) walk(`${r}/${e.name}`);
      else out.push(`${r}/${e.name}`);
    }
  };
  walk(rel);
  return out.sort();
}

describe('demo election files', () => {
  it('regenerating with the fixed seed gives the committed files byte for byte, and nothing else', () => {
    const files = renderDemoFiles(demo);
    for (const [rel, text] of files) {
      expect(readFileSync(path.join(paths.dir, ...rel.split('/')), 'utf8'), rel).toBe(text);
    }
    for (const dir of [DEMO_FILES.sirekapDir, DEMO_FILES.sirekapLegislatifDir, DEMO_FILES.pilkadaDir, DEMO_FILES.pilkadaCalonTunggalDir]) {
      expect(filesUnder(dir)).toEqual([...files.keys()].filter((k) => k.startsWith(`${dir}/`)).sort());
    }
    const bytes = [...files.values()].reduce((a, t) => a + Buffer.byteLength(t), 0);
    expect(bytes).toBeLessThan(5_000_000);
  });

  it('keeps the PPWP files of the first demo exactly as they were (the screens and their tests rely on them)', () => {
    const files = renderDemoFiles(demo);
    const sha = (t: string): string => createHash('sha256').update(t).digest('hex');
    expect(sha(files.get(DEMO_FILES.plano)!)).toBe('a39168a97d178225c17aaae698815f67a6448c58e54fde86ebf41c3c4ba75d59');
    const sirekap = [...files].filter(([k]) => k.startsWith(`${DEMO_FILES.sirekapDir}/`)).sort(([a], [b]) => (a < b ? -1 : 1));
    expect(sirekap).toHaveLength(145);
    expect(sha(sirekap.map(([, t]) => t).join(''))).toBe('267a90e7bdc6a4d1136403af60830abbf3d76fb5e017ea2b95f9c98ac1918b1a');
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

  it('is a rekap-paket/2 of the fictional kecamatan WANAJAYA with the 2024 PPWP ballot first', () => {
    expect(paket.format).toBe('rekap-paket/2');
    expect(paket.pemilihan).toEqual({ nama: 'Pemilihan Umum Tahun 2024', jenis: 'pemilu', tanggal: '2024-02-14' });
    expect(paket.tingkat).toBe('kecamatan');
    expect(paket.wilayah).toEqual({
      provinsi: { kode: '33', nama: 'JAWA TENGAH' },
      kabupaten: { kode: '3369', nama: 'SUKAMAJU' },
      kecamatan: { kode: '336901', nama: 'WANAJAYA' },
    });
    expect(paket.surat_suara.slice(0, 1)).toEqual([
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

// ---------------------------------------------------------------------------------------------------------------
// The legislative ballots

/** A legislative Sirekap file as our sheet, the way the import reads it (FORMS-LAYOUT.md). */
function lembarSirekapLegislatif(ss: SuratSuara, file: SirekapLegislatifFile): Lembar {
  const out: Record<string, number | null> = {};
  for (const k of KUNCI_ADMINISTRASI_SIREKAP) out[kunciLembarDariSirekap(k)] = file.administrasi[k];
  if ('mode' in file) {
    for (const p of ss.peserta) out[kunciPeserta(p.nomor)] = file.chart[p.sirekap_id ?? ''] ?? null;
    return out;
  }
  for (const p of ss.peserta) {
    const c = file.chart?.[String(p.nomor)];
    out[kunciSuaraPartai(p.nomor)] = c?.jml_suara_partai ?? null;
    out[kunciJumlahPartai(p.nomor)] = c?.jml_suara_total ?? null;
    for (const calon of p.calon ?? []) out[kunciSuaraCalon(p.nomor, calon.nomor)] = file.caleg?.[String(p.nomor)]?.[calon.sirekap_id ?? ''] ?? null;
  }
  return out;
}

/** Per `jenis|kode`, the distinct rules check would report: validasiLembar on each sheet, R15 across a TPS. */
function temuanSemua(d: DemoElection, sumber: 'plano' | 'sirekap'): Map<string, AturanId[]> {
  const perTps = new Map<string, Map<JenisSuratSuara, Lembar>>();
  const put = (jenis: JenisSuratSuara, kode: string, l: Lembar): void => {
    const m = perTps.get(kode) ?? new Map<JenisSuratSuara, Lembar>();
    m.set(jenis, l);
    perTps.set(kode, m);
  };
  for (const [kode, l] of Object.entries(d.plano.tps)) put('PPWP', kode, sumber === 'plano' ? l : lembarSirekap(d.sirekap.get(kode)!));
  for (const ss of d.legislatif.suratSuara) {
    const jenis = ss.jenis as JenisLegislatif;
    const src = sumber === 'plano' ? d.legislatif.plano.get(jenis)! : d.legislatif.sirekap.get(jenis)!;
    for (const [kode, x] of src) put(jenis, kode, sumber === 'plano' ? (x as Lembar) : lembarSirekapLegislatif(ss, x as SirekapLegislatifFile));
  }
  const out = new Map<string, AturanId[]>();
  for (const [kode, m] of perTps) {
    const found: Temuan[] = validasiAntarSuratSuara(m, kode);
    for (const [jenis, l] of m) {
      const suratSuara = d.paket.surat_suara.find((s) => s.jenis === jenis)!;
      found.push(...validasiLembar(l, { jenisPemilihan: 'pemilu', suratSuara, tingkat: 'tps', kode }));
    }
    for (const t of found) {
      const k = `${t.surat_suara}|${kode}`;
      out.set(k, urutkanAturan([...(out.get(k) ?? []), t.aturan]));
    }
  }
  return out;
}

function expectedSemua(d: DemoElection, sumber: 'plano' | 'sirekap'): Map<string, AturanId[]> {
  const out = new Map<string, AturanId[]>();
  const add = (k: string, rules: readonly AturanId[]): void => {
    if (rules.length > 0) out.set(k, urutkanAturan([...(out.get(k) ?? []), ...rules]));
  };
  for (const f of d.faults) add(`PPWP|${f.kode}`, sumber === 'plano' ? f.aturanPlano : f.aturanSirekap);
  for (const f of d.legislatif.faults) add(`${f.surat_suara}|${f.kode}`, sumber === 'plano' ? f.aturanPlano : f.aturanSirekap);
  return out;
}

describe('the legislative ballots', () => {
  const [, dpr, dpd, prov, kabko] = demo.paket.surat_suara;

  it('follow PPWP in the official order, each with its dapil', () => {
    expect(demo.paket.surat_suara.map((s) => s.jenis)).toEqual(['PPWP', 'DPR', 'DPD', 'DPRD_PROV', 'DPRD_KABKO']);
    expect([dpr, dpd, prov, kabko].map((s) => s?.dapil)).toEqual([
      { kode: '3311', nama: 'JAWA TENGAH XI', kursi: 8 },
      { kode: '33', nama: 'JAWA TENGAH' },
      { kode: '3314', nama: 'JAWA TENGAH 14', kursi: 10 },
      { kode: '336903', nama: 'SUKAMAJU 3', kursi: 12 },
    ]);
  });

  it('list the 18 national parties of 2024 with their real numbers and names', () => {
    const expected = [
      [1, 'PARTAI KEBANGKITAN BANGSA'], [2, 'PARTAI GERAKAN INDONESIA RAYA'], [3, 'PARTAI DEMOKRASI INDONESIA PERJUANGAN'],
      [4, 'PARTAI GOLONGAN KARYA'], [5, 'PARTAI NASDEM'], [6, 'PARTAI BURUH'], [7, 'PARTAI GELOMBANG RAKYAT INDONESIA'],
      [8, 'PARTAI KEADILAN SEJAHTERA'], [9, 'PARTAI KEBANGKITAN NUSANTARA'], [10, 'PARTAI HATI NURANI RAKYAT'],
      [11, 'PARTAI GARDA REPUBLIK INDONESIA'], [12, 'PARTAI AMANAT NASIONAL'], [13, 'PARTAI BULAN BINTANG'],
      [14, 'PARTAI DEMOKRAT'], [15, 'PARTAI SOLIDARITAS INDONESIA'], [16, 'PARTAI PERINDO'],
      [17, 'PARTAI PERSATUAN PEMBANGUNAN'], [24, 'PARTAI UMMAT'],
    ];
    for (const ss of [dpr, prov, kabko]) expect(ss!.peserta.map((p) => [p.nomor, p.nama])).toEqual(expected);
  });

  it('have realistic candidate lists: 3 up to the seats per party, big parties full, a woman in every three places', () => {
    for (const ss of [dpr, prov, kabko]) {
      const kursi = ss!.dapil!.kursi!;
      const counts = ss!.peserta.map((p) => p.calon!.length);
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(3);
      expect(Math.max(...counts)).toBe(kursi);
      expect(counts.filter((c) => c === kursi).length).toBeGreaterThanOrEqual(11);
      const names = new Set<string>();
      for (const p of ss!.peserta) {
        expect(p.calon!.map((c) => c.nomor)).toEqual(p.calon!.map((_, i) => i + 1));
        for (let i = 0; i < p.calon!.length; i += 3) expect(p.calon!.slice(i, i + 3).some((c) => c.jenis_kelamin === 'P')).toBe(true);
        for (const c of p.calon!) {
          names.add(c.nama);
          expect(c.sirekap_id).toMatch(/^\d{6}$/);
        }
      }
      expect(names.size).toBe(counts.reduce((a, b) => a + b, 0));
    }
    // The DPRD Kab/Kota form of a TPS has about 250 rows: the size the grid and the PDF must handle (README).
    expect([dpr, prov, kabko].map((ss) => barisCHasil(ss!).length)).toEqual([190, 223, 244]);
    expect(dpd!.peserta).toHaveLength(20);
    expect(dpd!.peserta.every((p) => p.sirekap_id !== undefined && p.jenis_kelamin !== undefined)).toBe(true);
  });

  it('has a plano file per ballot with every row of the form, which parses', () => {
    for (const ss of [dpr, dpd, prov, kabko]) {
      const jenis = ss!.jenis as JenisLegislatif;
      const text = readFileSync(paths.planoLegislatif[jenis], 'utf8');
      const r = parseDemoPlano(text);
      if (!r.ok) throw new Error(r.error.pesan);
      expect(r.value.surat_suara).toBe(jenis);
      const keys = barisCHasil(ss!).map((b) => b.key);
      expect(Object.keys(r.value.tps)).toEqual(allTps(demo).map((t) => t.kode));
      for (const l of Object.values(r.value.tps)) expect(Object.keys(l)).toEqual(keys);
    }
  });

  it('share the DPT of the PPWP sheet, and never have more voters than it', () => {
    for (const [kode, ppwp] of Object.entries(demo.plano.tps)) {
      for (const jenis of ['DPR', 'DPD', 'DPRD_PROV', 'DPRD_KABKO'] as const) {
        const l = demo.legislatif.plano.get(jenis)!.get(kode)!;
        expect(num(l, 'pemilih_dpt_l') + num(l, 'pemilih_dpt_p'), kode).toBe(num(ppwp, 'pemilih_dpt_l') + num(ppwp, 'pemilih_dpt_p'));
        const lebih = demo.legislatif.faults.some((f) => f.kode === kode && f.surat_suara === jenis && f.jenis === 'pengguna-melebihi-ppwp');
        if (!lebih) expect(num(l, 'pengguna_total_j'), `${jenis} ${kode}`).toBeLessThanOrEqual(num(ppwp, 'pengguna_total_j'));
      }
    }
  });

  it('have Sirekap files in Sirekap folders and shapes: chart by party number with caleg for DPR/DPRD, by candidate id for DPD', () => {
    for (const [jenis, folder] of [['DPR', 'pdpr'], ['DPD', 'pdpd'], ['DPRD_PROV', 'pdprdp'], ['DPRD_KABKO', 'pdprdk']] as const) {
      const files = demo.legislatif.sirekap.get(jenis)!;
      expect([...files.keys()]).toEqual(allTps(demo).map((t) => t.kode));
      const first = JSON.parse(readFileSync(path.join(paths.sirekapLegislatifDir, folder, `${allTps(demo)[0]!.kode}.json`), 'utf8')) as Record<string, unknown>;
      if (jenis === 'DPD') {
        expect(Object.keys(first)).toEqual(['mode', 'chart', 'images', 'administrasi', 'psu', 'ts', 'status_suara', 'status_adm']);
        expect(Object.keys(first['chart'] as object).at(-1)).toBe('null');
      } else {
        expect(Object.keys(first)).toEqual(['chart', 'kode_dapil', 'images', 'administrasi', 'caleg', 'psu', 'ts', 'status_suara', 'status_adm']);
        expect(Object.keys(first['chart'] as object)).toEqual(PARTAI_2024.map((p) => String(p.nomor)));
        expect(first['caleg'] === null).toBe(jenis === 'DPRD_KABKO');
      }
    }
  });

  it('check finds exactly the planted faults on the plano sheets and on the Sirekap files, across all five ballots', () => {
    expect(temuanSemua(demo, 'plano')).toEqual(expectedSemua(demo, 'plano'));
    expect(temuanSemua(demo, 'sirekap')).toEqual(expectedSemua(demo, 'sirekap'));
    expect(demo.legislatif.faults.map((f) => f.jenis).sort()).toEqual([
      'dpt-berbeda-antar-surat',
      'kolom-partai-tertukar',
      'partai-calon-dihitung-dua-kali',
      'pengguna-melebihi-ppwp',
      'salah-baca-8xx',
    ]);
  });

  it('stays so for other seeds', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const d = generateDemo(seed);
      expect(temuanSemua(d, 'plano'), `seed ${seed}`).toEqual(expectedSemua(d, 'plano'));
      expect(temuanSemua(d, 'sirekap'), `seed ${seed}`).toEqual(expectedSemua(d, 'sirekap'));
    }
  });

  it('are listed in README.md verbatim', () => {
    const readme = readFileSync(path.join(paths.dir, DEMO_FILES.readme), 'utf8');
    expect(readme).toContain(faultTableLegislatif(demo.legislatif.faults));
  });
});

describe('the Pilkada demos', () => {
  it('are rekap-paket/2 packages the app loads: gubernur and bupati, and a bupati ballot with kolom kosong', () => {
    const [utama, tunggal] = demo.pilkada;
    for (const p of demo.pilkada) {
      const r = parsePaketJson(readFileSync(path.join(paths.dir, p.folder, DEMO_FILES.paket), 'utf8'));
      if (!r.ok) throw new Error(r.error.pesan);
      expect(r.value.pemilihan).toEqual({ nama: 'Pemilihan Gubernur dan Wakil Gubernur serta Bupati dan Wakil Bupati Tahun 2024', jenis: 'pilkada', tanggal: '2024-11-27' });
      expect(r.value.surat_suara.map((s) => s.jenis)).toEqual(['GUBERNUR', 'BUPATI']);
    }
    expect(utama!.paket.surat_suara[1]!.peserta).toHaveLength(3);
    expect(tunggal!.paket.surat_suara[1]!.peserta.map((p) => p.kolom_kosong === true)).toEqual([false, true]);
    expect(tunggal!.paket.wilayah.kabupaten).toEqual({ kode: '3368', nama: 'GUNUNGSARI' });
  });

  it('have plano sheets with DPT up to 600 per TPS, where validation finds only the planted fault', () => {
    for (const p of demo.pilkada) {
      const found = new Map<string, AturanId[]>();
      for (const ss of p.paket.surat_suara) {
        for (const [kode, l] of p.plano.get(ss.jenis)!) {
          expect(num(l, 'pemilih_dpt_j')).toBeLessThanOrEqual(600);
          const t = validasiLembar(l, { jenisPemilihan: 'pilkada', suratSuara: ss, tingkat: 'tps', kode });
          if (t.length > 0) found.set(`${ss.jenis}|${kode}`, urutkanAturan(t.map((x) => x.aturan)));
        }
        const sheets = new Map(p.paket.desa.flatMap((d) => d.tps.map((t) => [t.kode, p.plano.get(ss.jenis)!.get(t.kode)!] as const)));
        expect(sheets.size).toBe(p.plano.get(ss.jenis)!.size);
      }
      expect(found).toEqual(new Map(p.faults.map((f) => [`${f.surat_suara}|${f.kode}`, [...f.aturanPlano]])));
    }
    expect(demo.pilkada[0]!.faults).toHaveLength(1);
  });

  it('are listed in README.md', () => {
    const readme = readFileSync(path.join(paths.dir, DEMO_FILES.readme), 'utf8');
    for (const f of demo.pilkada[0]!.faults) expect(readme).toContain(`| ${f.kode} | ${f.desa} | ${f.surat_suara} | ${f.jenis} | ${f.aturanPlano.join(', ')} | ${f.keterangan} |`);
  });
});
