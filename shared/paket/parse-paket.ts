import { JENIS_SURAT_SUARA, isJenisSuratSuara, type JenisSuratSuara, type Peserta, type SuratSuara } from '../domain/ballot';
import { FORMAT_PAKET, type JenisPemilihan, type Paket } from '../domain/election';
import { KODE_LENGTH, type Desa, type Tps, type Wilayah } from '../domain/region';
import { gagal, ok, type Result } from '../domain/result';
import { isTanggalValid } from '../format/date';

/**
 * Reads an election package (`rekap-paket/1`, FORMATS.md section 1) from unknown JSON.
 * The package is refused as a whole at its first fault, with a message that names the JSON path
 * (0-based indices, as jq writes them): `desa[3].tps[12].kode: harus 13 digit angka, tertulis "110101200101"`.
 * Keys this version does not know are ignored (the format grows by adding keys); the result holds only known keys.
 */

/** Ballots of each kind of election: a package never mixes Pemilu and Pilkada ballots. */
export const SURAT_SUARA_PEMILIHAN: Readonly<Record<JenisPemilihan, readonly JenisSuratSuara[]>> = {
  pemilu: ['PPWP', 'DPR', 'DPD', 'DPRD_PROV', 'DPRD_KABKO'],
  pilkada: ['GUBERNUR', 'BUPATI', 'WALIKOTA'],
};

/** Longest name accepted; real names are far shorter, this only keeps garbage out of the forms. */
const NAMA_MAKS = 300;
/** A TPS number and a participant number fit three digit boxes. */
const NOMOR_MAKS = 999;

/** The first fault found; thrown inside this module only and turned into a Result at the boundary. */
class Salah extends Error {
  constructor(
    readonly jalur: string,
    readonly sebab: string,
  ) {
    super(`${jalur}: ${sebab}`);
  }
}

/** How a value is quoted in a message: strings in quotes, the rest as JSON, shortened. */
export function tampilkanNilai(v: unknown): string {
  if (v === undefined) return 'tidak ada';
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

type Objek = Readonly<Record<string, unknown>>;

function objek(v: unknown, jalur: string): Objek {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Salah(jalur, `harus objek JSON {...}, tertulis ${tampilkanNilai(v)}`);
  return v as Objek;
}

function daftar(v: unknown, jalur: string, minimal: number, apa: string): readonly unknown[] {
  if (!Array.isArray(v)) throw new Salah(jalur, `harus daftar JSON [...], tertulis ${tampilkanNilai(v)}`);
  if (v.length < minimal) throw new Salah(jalur, `harus berisi paling sedikit ${minimal} ${apa}`);
  return v;
}

function ada(o: Objek, key: string, jalur: string): unknown {
  const v = o[key];
  if (v === undefined) throw new Salah(jalur, 'wajib ada, tidak ditemukan');
  return v;
}

function nama(v: unknown, jalur: string): string {
  if (typeof v !== 'string' || v.trim() === '') throw new Salah(jalur, `harus teks yang tidak kosong, tertulis ${tampilkanNilai(v)}`);
  if (v.length > NAMA_MAKS) throw new Salah(jalur, `paling panjang ${NAMA_MAKS} huruf, tertulis ${v.length} huruf`);
  return v.trim();
}

function kode(v: unknown, jalur: string, digit: number): string {
  if (typeof v !== 'string') throw new Salah(jalur, `harus teks ${digit} digit angka (dalam tanda kutip), tertulis ${tampilkanNilai(v)}`);
  if (!new RegExp(`^\\d{${digit}}$`).test(v)) throw new Salah(jalur, `harus ${digit} digit angka, tertulis ${tampilkanNilai(v)}`);
  return v;
}

function awalan(k: string, induk: string, namaInduk: string, jalur: string): void {
  if (!k.startsWith(induk)) throw new Salah(jalur, `harus diawali kode ${namaInduk} "${induk}", tertulis ${tampilkanNilai(k)}`);
}

function nomor(v: unknown, jalur: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > NOMOR_MAKS) {
    throw new Salah(jalur, `harus bilangan bulat 1–${NOMOR_MAKS}, tertulis ${tampilkanNilai(v)}`);
  }
  return v;
}

function wilayah(v: unknown, jalur: string, digit: number): Wilayah {
  const o = objek(v, jalur);
  return { kode: kode(ada(o, 'kode', `${jalur}.kode`), `${jalur}.kode`, digit), nama: nama(ada(o, 'nama', `${jalur}.nama`), `${jalur}.nama`) };
}

function bacaPemilihan(v: unknown): Paket['pemilihan'] {
  const o = objek(v, 'pemilihan');
  const jenis = ada(o, 'jenis', 'pemilihan.jenis');
  if (jenis !== 'pemilu' && jenis !== 'pilkada') throw new Salah('pemilihan.jenis', `harus "pemilu" atau "pilkada", tertulis ${tampilkanNilai(jenis)}`);
  const tanggal = ada(o, 'tanggal', 'pemilihan.tanggal');
  if (typeof tanggal !== 'string' || !isTanggalValid(tanggal)) {
    throw new Salah('pemilihan.tanggal', `harus tanggal yang sah ditulis TTTT-BB-HH, tertulis ${tampilkanNilai(tanggal)}`);
  }
  return { nama: nama(ada(o, 'nama', 'pemilihan.nama'), 'pemilihan.nama'), jenis, tanggal };
}

function bacaDesa(list: readonly unknown[], kodeKecamatan: string): Desa[] {
  const desaDipakai = new Map<string, string>();
  const tpsDipakai = new Map<string, string>();
  return list.map((d, i) => {
    const jd = `desa[${i}]`;
    const o = objek(d, jd);
    const k = kode(ada(o, 'kode', `${jd}.kode`), `${jd}.kode`, KODE_LENGTH.desa);
    awalan(k, kodeKecamatan, 'kecamatan', `${jd}.kode`);
    const lain = desaDipakai.get(k);
    if (lain !== undefined) throw new Salah(`${jd}.kode`, `kode desa "${k}" ganda, sudah dipakai ${lain}`);
    desaDipakai.set(k, jd);
    const n = nama(ada(o, 'nama', `${jd}.nama`), `${jd}.nama`);
    const tps: Tps[] = daftar(ada(o, 'tps', `${jd}.tps`), `${jd}.tps`, 1, 'TPS').map((t, j) => {
      const jt = `${jd}.tps[${j}]`;
      const ot = objek(t, jt);
      const kt = kode(ada(ot, 'kode', `${jt}.kode`), `${jt}.kode`, KODE_LENGTH.tps);
      awalan(kt, k, 'desa', `${jt}.kode`);
      const lainTps = tpsDipakai.get(kt);
      if (lainTps !== undefined) throw new Salah(`${jt}.kode`, `kode TPS "${kt}" ganda, sudah dipakai ${lainTps}`);
      tpsDipakai.set(kt, jt);
      const nt = nomor(ada(ot, 'nomor', `${jt}.nomor`), `${jt}.nomor`);
      const dariKode = Number(kt.slice(KODE_LENGTH.desa));
      if (nt !== dariKode) throw new Salah(`${jt}.nomor`, `harus sama dengan 3 digit terakhir kode TPS (${dariKode}), tertulis ${nt}`);
      return { kode: kt, nomor: nt };
    });
    return { kode: k, nama: n, tps };
  });
}

function bacaPeserta(list: readonly unknown[], js: string): Peserta[] {
  const nomorDipakai = new Map<number, string>();
  const idDipakai = new Map<string, string>();
  return list.map((p, i) => {
    const jp = `${js}.peserta[${i}]`;
    const o = objek(p, jp);
    const no = nomor(ada(o, 'nomor', `${jp}.nomor`), `${jp}.nomor`);
    const lain = nomorDipakai.get(no);
    if (lain !== undefined) throw new Salah(`${jp}.nomor`, `nomor ${no} ganda, sudah dipakai ${lain}`);
    nomorDipakai.set(no, jp);
    const n = nama(ada(o, 'nama', `${jp}.nama`), `${jp}.nama`);
    const id = o['sirekap_id'];
    if (id === undefined) return { nomor: no, nama: n };
    // "null" is the extra key of Sirekap's chart, so it can never name a participant.
    if (typeof id !== 'string' || !/^[0-9A-Za-z_-]{1,32}$/.test(id) || id === 'null') {
      throw new Salah(`${jp}.sirekap_id`, `harus teks angka/huruf tanpa spasi (1–32 huruf), tertulis ${tampilkanNilai(id)}`);
    }
    const lainId = idDipakai.get(id);
    if (lainId !== undefined) throw new Salah(`${jp}.sirekap_id`, `sirekap_id "${id}" ganda, sudah dipakai ${lainId}`);
    idDipakai.set(id, jp);
    return { nomor: no, nama: n, sirekap_id: id };
  });
}

function bacaSuratSuara(list: readonly unknown[], jenisPemilihan: JenisPemilihan): SuratSuara[] {
  const dipakai = new Map<string, string>();
  const boleh = SURAT_SUARA_PEMILIHAN[jenisPemilihan];
  return list.map((s, i) => {
    const js = `surat_suara[${i}]`;
    const o = objek(s, js);
    const jenis = ada(o, 'jenis', `${js}.jenis`);
    if (typeof jenis !== 'string' || !isJenisSuratSuara(jenis)) {
      throw new Salah(`${js}.jenis`, `harus salah satu dari ${JENIS_SURAT_SUARA.join(', ')}, tertulis ${tampilkanNilai(jenis)}`);
    }
    if (!boleh.includes(jenis)) throw new Salah(`${js}.jenis`, `surat suara ${jenis} bukan bagian dari pemilihan "${jenisPemilihan}" (${boleh.join(', ')})`);
    const lain = dipakai.get(jenis);
    if (lain !== undefined) throw new Salah(`${js}.jenis`, `surat suara ${jenis} ganda, sudah ada di ${lain}`);
    dipakai.set(jenis, js);
    return { jenis, peserta: bacaPeserta(daftar(ada(o, 'peserta', `${js}.peserta`), `${js}.peserta`, 1, 'peserta'), js) };
  });
}

function bacaPaket(input: unknown): Paket {
  const root = objek(input, '(paket)');
  const format = ada(root, 'format', 'format');
  if (format !== FORMAT_PAKET) throw new Salah('format', `harus "${FORMAT_PAKET}", tertulis ${tampilkanNilai(format)}`);
  const pemilihan = bacaPemilihan(ada(root, 'pemilihan', 'pemilihan'));
  const tingkat = ada(root, 'tingkat', 'tingkat');
  if (tingkat !== 'kecamatan') throw new Salah('tingkat', `harus "kecamatan", tertulis ${tampilkanNilai(tingkat)}`);

  const w = objek(ada(root, 'wilayah', 'wilayah'), 'wilayah');
  const provinsi = wilayah(ada(w, 'provinsi', 'wilayah.provinsi'), 'wilayah.provinsi', KODE_LENGTH.provinsi);
  const kabupaten = wilayah(ada(w, 'kabupaten', 'wilayah.kabupaten'), 'wilayah.kabupaten', KODE_LENGTH.kabupaten);
  awalan(kabupaten.kode, provinsi.kode, 'provinsi', 'wilayah.kabupaten.kode');
  const kecamatan = wilayah(ada(w, 'kecamatan', 'wilayah.kecamatan'), 'wilayah.kecamatan', KODE_LENGTH.kecamatan);
  awalan(kecamatan.kode, kabupaten.kode, 'kabupaten', 'wilayah.kecamatan.kode');

  const desa = bacaDesa(daftar(ada(root, 'desa', 'desa'), 'desa', 1, 'desa'), kecamatan.kode);
  const suratSuara = bacaSuratSuara(daftar(ada(root, 'surat_suara', 'surat_suara'), 'surat_suara', 1, 'surat suara'), pemilihan.jenis);
  return { format: FORMAT_PAKET, pemilihan, tingkat: 'kecamatan', wilayah: { provinsi, kabupaten, kecamatan }, desa, surat_suara: suratSuara };
}

/** Validates an already parsed JSON value as a `rekap-paket/1` package. */
export function parsePaket(input: unknown): Result<Paket> {
  try {
    return ok(bacaPaket(input));
  } catch (err) {
    if (err instanceof Salah) return gagal('paket-tidak-valid', err.message, `invalid election package at ${err.jalur}`);
    throw err;
  }
}

/** Parses the text of a package file: JSON first, then the package rules. */
export function parsePaketJson(teks: string): Result<Paket> {
  let data: unknown;
  try {
    // A byte-order mark from Windows editors is not part of the JSON.
    data = JSON.parse(teks.replace(/^\uFEFF/, ''));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return gagal('paket-tidak-valid', `bukan JSON yang sah (${why})`, `package is not valid JSON: ${why}`);
  }
  return parsePaket(data);
}
