import { calonDari, isSuratSuaraPartai, type JenisSuratSuara, type SuratSuara } from '../domain/ballot';
import type { Paket } from '../domain/election';
import { gagal, ok, type Result } from '../domain/result';
import { kunciJumlahPartai, kunciPeserta, kunciSuaraCalon, kunciSuaraPartai, type Lembar } from '../forms/c-hasil';
import { tampilkanNilai } from '../paket/parse-paket';

/**
 * Reads one public Sirekap TPS file into a C.Hasil sheet: PPWP (FORMATS.md section 2), DPD and Pilkada (the same
 * envelope, `chart` keyed by the participant's sirekap_id), DPR and DPRD (FORMS-LAYOUT.md: `chart` keyed by party
 * number, each `{jml_suara_total, jml_suara_partai}`, candidate votes in an optional `caleg` map of party ->
 * candidate sirekap_id -> votes, and `kode_dapil`). resources/schema/README.md section 3 documents the mapping.
 *
 * Values are kept exactly as Sirekap published them. In particular a number above 999 (a misread such as
 * 825 for 25, or 1833 for 183) is NOT an import error, although a C.Hasil cell has only three digit boxes:
 * the file is a faithful copy of what Sirekap shows, the plenary must see the misread to correct it, and
 * validation rule R12 flags every TPS number outside 0-999. Only numbers that cannot be a count at all
 * (negative, fractional, not a number) refuse the file.
 */

/** Files larger than this are refused before parsing (a real TPS file is about 1 KiB). */
export const SIREKAP_BATAS_BYTE = 1024 * 1024;

/** The ballot of a Sirekap file when nothing says otherwise (the files of FORMATS.md section 2 are PPWP). */
export const JENIS_SIREKAP: JenisSuratSuara = 'PPWP';

/**
 * Sirekap's name of each Pemilu contest, the folder in its paths (`pemilu/hhcw/pdpr/33/...`). A file under such a
 * folder is of that ballot; the nearest such folder counts.
 */
export const FOLDER_SIREKAP: Readonly<Record<string, JenisSuratSuara>> = {
  ppwp: 'PPWP',
  pdpr: 'DPR',
  pdpd: 'DPD',
  pdprdp: 'DPRD_PROV',
  pdprdk: 'DPRD_KABKO',
};

/** The ballot named by the nearest Sirekap contest folder in a path (either separator), or null. */
export function jenisDariJalur(jalur: string): JenisSuratSuara | null {
  const parts = jalur.split(/[\\/]/).slice(0, -1);
  for (let i = parts.length - 1; i >= 0; i--) {
    const j = FOLDER_SIREKAP[parts[i]!.toLowerCase()];
    if (j !== undefined) return j;
  }
  return null;
}

/** Sirekap `administrasi` field -> our C.Hasil row key; `pengguna_non_dpt_*` is the DPK row. */
export const PETA_ADMINISTRASI_SIREKAP: Readonly<Record<string, string>> = (() => {
  const out: Record<string, string> = {};
  for (const k of ['l', 'p', 'j']) {
    out[`pemilih_dpt_${k}`] = `pemilih_dpt_${k}`;
    out[`pengguna_dpt_${k}`] = `pengguna_dpt_${k}`;
    out[`pengguna_dptb_${k}`] = `pengguna_dptb_${k}`;
    out[`pengguna_non_dpt_${k}`] = `pengguna_dpk_${k}`;
    out[`pengguna_total_${k}`] = `pengguna_total_${k}`;
  }
  out['suara_sah'] = 'suara_sah';
  out['suara_tidak_sah'] = 'suara_tidak_sah';
  out['suara_total'] = 'suara_total';
  return out;
})();

/** One parsed Sirekap file: the TPS, its ballot and every row it carries (null where Sirekap has not read a number). */
export interface BerkasSirekap {
  readonly kodeTps: string;
  readonly jenis: JenisSuratSuara;
  readonly lembar: Lembar;
}

/** The last part of a path, for either separator (the file may come from Windows). */
function namaDasar(namaBerkas: string): string {
  const parts = namaBerkas.split(/[\\/]/);
  return parts[parts.length - 1] ?? namaBerkas;
}

function tolak(namaBerkas: string, pesan: string, detail: string): Result<never> {
  return gagal('berkas-sirekap-tidak-valid', `${namaBerkas}: ${pesan}`, `${namaBerkas}: ${detail}`);
}

/** A count as Sirekap publishes it: a non-negative integer or null; anything else is not a value. */
function angkaSirekap(v: unknown): v is number | null {
  return v === null || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0);
}

const SALAH_ANGKA = 'harus bilangan bulat 0 atau lebih, atau null';

/**
 * Parses one Sirekap TPS file of ballot `jenis` (default PPWP). `namaBerkas` is the path or name shown to the
 * operator (its last part must be `<13-digit TPS code>.json` of a TPS in the package); `teks` is the file's content.
 */
export function parseSirekap(namaBerkas: string, teks: string, paket: Paket, jenis: JenisSuratSuara = JENIS_SIREKAP): Result<BerkasSirekap> {
  const dasar = namaDasar(namaBerkas);
  const m = /^(\d{13})\.json$/i.exec(dasar);
  if (!m) return tolak(namaBerkas, 'nama berkas harus <kode TPS 13 digit>.json', 'file name is not <13-digit TPS code>.json');
  const kodeTps = m[1]!;
  const adaTps = paket.desa.some((d) => d.tps.some((t) => t.kode === kodeTps));
  if (!adaTps) {
    const kec = paket.wilayah.kecamatan;
    return tolak(namaBerkas, `TPS ${kodeTps} tidak ada dalam paket kecamatan ${kec.kode} ${kec.nama}`, `TPS ${kodeTps} is not in the package`);
  }
  const suratSuara = paket.surat_suara.find((s) => s.jenis === jenis);
  if (!suratSuara) return tolak(namaBerkas, `paket tidak memuat surat suara ${jenis}`, `the package has no ${jenis} ballot`);
  if (teks.length > SIREKAP_BATAS_BYTE) return tolak(namaBerkas, 'berkas lebih besar dari 1 MiB', 'file larger than 1 MiB');

  let data: unknown;
  try {
    data = JSON.parse(teks.replace(/^\uFEFF/, ''));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return tolak(namaBerkas, `bukan JSON yang sah (${why})`, `not valid JSON: ${why}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return tolak(namaBerkas, `harus objek JSON {...}, tertulis ${tampilkanNilai(data)}`, 'not a JSON object');
  }
  const root = data as Readonly<Record<string, unknown>>;
  const lembar: Record<string, number | null> = {};

  if (!('chart' in root)) return tolak(namaBerkas, 'chart: wajib ada, tidak ditemukan', 'chart is missing');
  const suara = isSuratSuaraPartai(jenis) ? bacaSuaraPartai(namaBerkas, root, suratSuara, lembar) : bacaSuaraPeserta(namaBerkas, root['chart'], suratSuara, lembar);
  if (suara !== null) return suara;

  // administrasi: an object of counts, or null when Sirekap has not read the page. Fields it does not
  // carry stay null (not read); fields we do not map (none today) are ignored.
  for (const key of Object.values(PETA_ADMINISTRASI_SIREKAP)) lembar[key] = null;
  if (!('administrasi' in root)) return tolak(namaBerkas, 'administrasi: wajib ada, tidak ditemukan', 'administrasi is missing');
  const adm = root['administrasi'];
  if (adm !== null) {
    if (typeof adm !== 'object' || Array.isArray(adm)) {
      return tolak(namaBerkas, `administrasi: harus objek JSON {...} atau null, tertulis ${tampilkanNilai(adm)}`, 'administrasi is not an object');
    }
    for (const [field, key] of Object.entries(PETA_ADMINISTRASI_SIREKAP)) {
      const v = (adm as Record<string, unknown>)[field];
      if (v === undefined) continue;
      if (!angkaSirekap(v)) {
        return tolak(namaBerkas, `administrasi.${field}: ${SALAH_ANGKA}; tertulis ${tampilkanNilai(v)}`, `administrasi.${field} is not a count`);
      }
      lembar[key] = v;
    }
  }
  return ok({ kodeTps, jenis, lembar });
}

const PETUNJUK_PARTAI =
  'berkas DPR/DPRD? pilih surat suaranya (--surat-suara) atau letakkan berkas di folder pdpr, pdprdp atau pdprdk seperti jalur Sirekap';

function isObjek(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** PPWP, DPD, Pilkada: chart is sirekap_id -> votes; null means Sirekap has read no votes yet. */
function bacaSuaraPeserta(namaBerkas: string, chart: unknown, suratSuara: SuratSuara, lembar: Record<string, number | null>): Result<never> | null {
  const jenis = suratSuara.jenis;
  const idKeNomor = new Map(suratSuara.peserta.filter((p) => p.sirekap_id !== undefined).map((p) => [p.sirekap_id!, p.nomor]));
  for (const p of suratSuara.peserta) lembar[kunciPeserta(p.nomor)] = null;
  if (chart === null) return null;
  if (!isObjek(chart)) return tolak(namaBerkas, `chart: harus objek JSON {...} atau null, tertulis ${tampilkanNilai(chart)}`, 'chart is not an object');
  for (const [id, v] of Object.entries(chart)) {
    if (id === 'null') continue; // Sirekap's own placeholder key, always null
    const nomor = idKeNomor.get(id);
    if (nomor === undefined) {
      const dikenal = [...idKeNomor.keys()].join(', ');
      const petunjuk = isObjek(v) && 'jml_suara_total' in v ? `; ${PETUNJUK_PARTAI}` : '';
      return tolak(namaBerkas, `chart.${id}: bukan sirekap_id peserta surat suara ${jenis} dalam paket (${dikenal})${petunjuk}`, `chart key ${id} is no participant`);
    }
    if (!angkaSirekap(v)) return tolak(namaBerkas, `chart.${id}: ${SALAH_ANGKA}; tertulis ${tampilkanNilai(v)}`, `chart.${id} is not a count`);
    lembar[kunciPeserta(nomor)] = v;
  }
  return null;
}

/**
 * DPR, DPRD: chart is party number -> {jml_suara_total (B), jml_suara_partai (A.1)}; caleg, when published, is
 * party number -> candidate sirekap_id -> votes (A.2). A party or candidate the file leaves out stays not read.
 * kode_dapil, when given, must be the ballot's dapil: a DPRD Provinsi file imported as DPR is refused.
 */
function bacaSuaraPartai(namaBerkas: string, root: Readonly<Record<string, unknown>>, suratSuara: SuratSuara, lembar: Record<string, number | null>): Result<never> | null {
  const jenis = suratSuara.jenis;
  const partai = new Map(suratSuara.peserta.map((p) => [String(p.nomor), p]));
  for (const p of suratSuara.peserta) {
    lembar[kunciSuaraPartai(p.nomor)] = null;
    for (const c of calonDari(p)) lembar[kunciSuaraCalon(p.nomor, c.nomor)] = null;
    lembar[kunciJumlahPartai(p.nomor)] = null;
  }
  const dikenal = [...partai.keys()].join(', ');

  const kodeDapil = root['kode_dapil'];
  if (kodeDapil !== undefined && kodeDapil !== null) {
    if (typeof kodeDapil !== 'string') return tolak(namaBerkas, `kode_dapil: harus teks atau null, tertulis ${tampilkanNilai(kodeDapil)}`, 'kode_dapil is not a string');
    const dapil = suratSuara.dapil;
    if (dapil && kodeDapil !== dapil.kode) {
      return tolak(
        namaBerkas,
        `kode_dapil: "${kodeDapil}" bukan dapil surat suara ${jenis} dalam paket (${dapil.kode} ${dapil.nama}); berkas surat suara lain?`,
        `kode_dapil ${kodeDapil} is not the ${jenis} dapil ${dapil.kode}`,
      );
    }
  }

  const chart = root['chart'];
  if (chart !== null) {
    if (!isObjek(chart)) return tolak(namaBerkas, `chart: harus objek JSON {...} atau null, tertulis ${tampilkanNilai(chart)}`, 'chart is not an object');
    for (const [nomor, v] of Object.entries(chart)) {
      if (nomor === 'null') continue;
      const p = partai.get(nomor);
      if (!p) return tolak(namaBerkas, `chart.${nomor}: bukan nomor partai surat suara ${jenis} dalam paket (${dikenal})`, `chart key ${nomor} is no party`);
      if (v === null) continue;
      // Sirekap's earlier files had the party's total as a bare number.
      if (typeof v === 'number') {
        if (!angkaSirekap(v)) return tolak(namaBerkas, `chart.${nomor}: ${SALAH_ANGKA}; tertulis ${tampilkanNilai(v)}`, `chart.${nomor} is not a count`);
        lembar[kunciJumlahPartai(p.nomor)] = v;
        continue;
      }
      if (!isObjek(v)) {
        return tolak(namaBerkas, `chart.${nomor}: harus objek {jml_suara_total, jml_suara_partai}, tertulis ${tampilkanNilai(v)}`, `chart.${nomor} is not an object`);
      }
      for (const [field, key] of [
        ['jml_suara_total', kunciJumlahPartai(p.nomor)],
        ['jml_suara_partai', kunciSuaraPartai(p.nomor)],
      ] as const) {
        const x = v[field];
        if (x === undefined) continue;
        if (!angkaSirekap(x)) return tolak(namaBerkas, `chart.${nomor}.${field}: ${SALAH_ANGKA}; tertulis ${tampilkanNilai(x)}`, `chart.${nomor}.${field} is not a count`);
        lembar[key] = x;
      }
    }
  }

  const caleg = root['caleg'];
  if (caleg !== undefined && caleg !== null) {
    if (!isObjek(caleg)) return tolak(namaBerkas, `caleg: harus objek JSON {...} atau null, tertulis ${tampilkanNilai(caleg)}`, 'caleg is not an object');
    for (const [nomor, daftar] of Object.entries(caleg)) {
      const p = partai.get(nomor);
      if (!p) return tolak(namaBerkas, `caleg.${nomor}: bukan nomor partai surat suara ${jenis} dalam paket (${dikenal})`, `caleg key ${nomor} is no party`);
      if (daftar === null) continue;
      if (!isObjek(daftar)) return tolak(namaBerkas, `caleg.${nomor}: harus objek JSON {...} atau null, tertulis ${tampilkanNilai(daftar)}`, `caleg.${nomor} is not an object`);
      const idKeNomor = new Map(calonDari(p).filter((c) => c.sirekap_id !== undefined).map((c) => [c.sirekap_id!, c.nomor]));
      for (const [id, v] of Object.entries(daftar)) {
        if (id === 'null') continue;
        const k = idKeNomor.get(id);
        if (k === undefined) {
          return tolak(namaBerkas, `caleg.${nomor}.${id}: bukan sirekap_id calon partai ${nomor} surat suara ${jenis} dalam paket`, `caleg.${nomor}.${id} is no candidate`);
        }
        if (!angkaSirekap(v)) return tolak(namaBerkas, `caleg.${nomor}.${id}: ${SALAH_ANGKA}; tertulis ${tampilkanNilai(v)}`, `caleg.${nomor}.${id} is not a count`);
        lembar[kunciSuaraCalon(p.nomor, k)] = v;
      }
    }
  }
  return null;
}
