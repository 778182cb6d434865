import type { JenisSuratSuara } from '../domain/ballot';
import type { Paket } from '../domain/election';
import { gagal, ok, type Result } from '../domain/result';
import { kunciPeserta, type Lembar } from '../forms/c-hasil';
import { tampilkanNilai } from '../paket/parse-paket';

/**
 * Reads one public Sirekap PPWP TPS file (FORMATS.md section 2) into a C.Hasil sheet.
 *
 * Values are kept exactly as Sirekap published them. In particular a number above 999 (a misread such as
 * 825 for 25, or 1833 for 183) is NOT an import error, although a C.Hasil cell has only three digit boxes:
 * the file is a faithful copy of what Sirekap shows, the plenary must see the misread to correct it, and
 * validation rule R12 flags every TPS number outside 0-999. Only numbers that cannot be a count at all
 * (negative, fractional, not a number) refuse the file.
 */

/** Files larger than this are refused before parsing (a real TPS file is about 1 KiB). */
export const SIREKAP_BATAS_BYTE = 1024 * 1024;

/** The ballot that Sirekap's public `chart` files describe. */
export const JENIS_SIREKAP: JenisSuratSuara = 'PPWP';

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

/** One parsed Sirekap file: the TPS and every row it carries (null where Sirekap has not read a number). */
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
 * Parses one Sirekap TPS file. `namaBerkas` is the path or name shown to the operator (its last part must be
 * `<13-digit TPS code>.json` of a TPS in the package); `teks` is the file's content.
 */
export function parseSirekap(namaBerkas: string, teks: string, paket: Paket): Result<BerkasSirekap> {
  const dasar = namaDasar(namaBerkas);
  const m = /^(\d{13})\.json$/i.exec(dasar);
  if (!m) return tolak(namaBerkas, 'nama berkas harus <kode TPS 13 digit>.json', 'file name is not <13-digit TPS code>.json');
  const kodeTps = m[1]!;
  const adaTps = paket.desa.some((d) => d.tps.some((t) => t.kode === kodeTps));
  if (!adaTps) {
    const kec = paket.wilayah.kecamatan;
    return tolak(namaBerkas, `TPS ${kodeTps} tidak ada dalam paket kecamatan ${kec.kode} ${kec.nama}`, `TPS ${kodeTps} is not in the package`);
  }
  const suratSuara = paket.surat_suara.find((s) => s.jenis === JENIS_SIREKAP);
  if (!suratSuara) return tolak(namaBerkas, `paket tidak memuat surat suara ${JENIS_SIREKAP}`, `the package has no ${JENIS_SIREKAP} ballot`);
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

  // chart: sirekap_id -> votes. A chart of null means Sirekap has read no votes yet.
  const idKeNomor = new Map(suratSuara.peserta.filter((p) => p.sirekap_id !== undefined).map((p) => [p.sirekap_id!, p.nomor]));
  for (const p of suratSuara.peserta) lembar[kunciPeserta(p.nomor)] = null;
  if (!('chart' in root)) return tolak(namaBerkas, 'chart: wajib ada, tidak ditemukan', 'chart is missing');
  const chart = root['chart'];
  if (chart !== null) {
    if (typeof chart !== 'object' || Array.isArray(chart)) {
      return tolak(namaBerkas, `chart: harus objek JSON {...} atau null, tertulis ${tampilkanNilai(chart)}`, 'chart is not an object');
    }
    for (const [id, v] of Object.entries(chart as Record<string, unknown>)) {
      if (id === 'null') continue; // Sirekap's own placeholder key, always null
      const nomor = idKeNomor.get(id);
      if (nomor === undefined) {
        const dikenal = [...idKeNomor.keys()].join(', ');
        return tolak(namaBerkas, `chart.${id}: bukan sirekap_id peserta surat suara ${JENIS_SIREKAP} dalam paket (${dikenal})`, `chart key ${id} is no participant`);
      }
      if (!angkaSirekap(v)) return tolak(namaBerkas, `chart.${id}: ${SALAH_ANGKA}; tertulis ${tampilkanNilai(v)}`, `chart.${id} is not a count`);
      lembar[kunciPeserta(nomor)] = v;
    }
  }

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
  return ok({ kodeTps, jenis: JENIS_SIREKAP, lembar });
}
