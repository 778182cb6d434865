import {
  isJenisSuratSuara,
  isSuratSuaraPartai,
  isSuratSuaraPilkada,
  JENIS_SURAT_SUARA,
  JENIS_SURAT_SUARA_PARTAI,
  JENIS_SURAT_SUARA_PILKADA,
  type Calon,
  type Dapil,
  type JenisKelamin,
  type JenisSuratSuara,
  type Peserta,
  type SuratSuara,
} from '../domain/ballot';
import { FORMAT_PAKET_DIKENAL, type FormatPaket, type JenisPemilihan, type Paket } from '../domain/election';
import { KODE_LENGTH, type Desa, type Tps, type Wilayah } from '../domain/region';
import { gagal, ok, type Result } from '../domain/result';
import { isTanggalValid } from '../format/date';

/**
 * Reads an election package (`rekap-paket/1`, FORMATS.md section 1, or `rekap-paket/2`, resources/schema/README.md)
 * from unknown JSON.
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
    // Both recurse: a value nested deeper than the stack (JSON.parse itself does not recurse, so a hostile
    // file can hold one) is named by its kind instead of crashing the import.
    try {
      s = String(v);
    } catch {
      s = Array.isArray(v) ? '[...]' : '{...}';
    }
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

/** Sirekap ids: digits/letters without spaces; "null" is the extra key of Sirekap's chart, so it names nothing. */
function sirekapId(v: unknown, pemilik: string, dipakai: Map<string, string>): string {
  const jalur = `${pemilik}.sirekap_id`;
  if (typeof v !== 'string' || !/^[0-9A-Za-z_-]{1,32}$/.test(v) || v === 'null') {
    throw new Salah(jalur, `harus teks angka/huruf tanpa spasi (1–32 huruf), tertulis ${tampilkanNilai(v)}`);
  }
  const lain = dipakai.get(v);
  if (lain !== undefined) throw new Salah(jalur, `sirekap_id "${v}" ganda, sudah dipakai ${lain}`);
  dipakai.set(v, pemilik);
  return v;
}

function jenisKelamin(v: unknown, jalur: string): JenisKelamin {
  if (v !== 'L' && v !== 'P') throw new Salah(jalur, `harus "L" atau "P", tertulis ${tampilkanNilai(v)}`);
  return v;
}

/** Keys of rekap-paket/2 that only some ballots may carry: where they are allowed, for the message. */
function hanyaUntuk(o: Objek, key: string, boleh: boolean, jalur: string, untuk: string): boolean {
  if (o[key] === undefined) return false;
  if (!boleh) throw new Salah(`${jalur}.${key}`, `hanya untuk ${untuk}`);
  return true;
}

const UNTUK_PARTAI = `surat suara ${JENIS_SURAT_SUARA_PARTAI.join(', ')}`;
const UNTUK_PILKADA = `surat suara ${JENIS_SURAT_SUARA_PILKADA.join(', ')}`;

/** Most seats of a dapil (2024: 3-10 for DPR, 3-12 for DPRD); a bound against typing errors. */
const KURSI_MAKS = 99;

function bacaDapil(v: unknown, jalur: string): Dapil {
  const o = objek(v, jalur);
  const k = ada(o, 'kode', `${jalur}.kode`);
  if (typeof k !== 'string' || !/^[0-9A-Za-z._-]{1,20}$/.test(k)) {
    throw new Salah(`${jalur}.kode`, `harus teks angka/huruf tanpa spasi (1–20 huruf), tertulis ${tampilkanNilai(k)}`);
  }
  const n = nama(ada(o, 'nama', `${jalur}.nama`), `${jalur}.nama`);
  const kursi = o['kursi'];
  if (kursi === undefined) return { kode: k, nama: n };
  if (typeof kursi !== 'number' || !Number.isInteger(kursi) || kursi < 1 || kursi > KURSI_MAKS) {
    throw new Salah(`${jalur}.kursi`, `harus bilangan bulat 1–${KURSI_MAKS}, tertulis ${tampilkanNilai(kursi)}`);
  }
  return { kode: k, nama: n, kursi };
}

function bacaCalon(list: readonly unknown[], jp: string, kursi: number | undefined, idDipakai: Map<string, string>): Calon[] {
  if (kursi !== undefined && list.length > kursi) {
    throw new Salah(`${jp}.calon`, `berisi ${list.length} calon, lebih dari ${kursi} kursi dapil`);
  }
  const nomorDipakai = new Map<number, string>();
  return list.map((c, i) => {
    const jc = `${jp}.calon[${i}]`;
    const o = objek(c, jc);
    const no = nomor(ada(o, 'nomor', `${jc}.nomor`), `${jc}.nomor`);
    const lain = nomorDipakai.get(no);
    if (lain !== undefined) throw new Salah(`${jc}.nomor`, `nomor urut ${no} ganda, sudah dipakai ${lain}`);
    nomorDipakai.set(no, jc);
    const out: { nomor: number; nama: string; jenis_kelamin?: JenisKelamin; sirekap_id?: string } = {
      nomor: no,
      nama: nama(ada(o, 'nama', `${jc}.nama`), `${jc}.nama`),
    };
    if (o['jenis_kelamin'] !== undefined) out.jenis_kelamin = jenisKelamin(o['jenis_kelamin'], `${jc}.jenis_kelamin`);
    if (o['sirekap_id'] !== undefined) out.sirekap_id = sirekapId(o['sirekap_id'], jc, idDipakai);
    return out;
  });
}

function bacaPeserta(list: readonly unknown[], js: string, jenis: JenisSuratSuara, v2: boolean, dapil: Dapil | undefined): Peserta[] {
  const nomorDipakai = new Map<number, string>();
  const idDipakai = new Map<string, string>();
  const idCalonDipakai = new Map<string, string>();
  const partai = isSuratSuaraPartai(jenis);
  const peserta = list.map((p, i): Peserta => {
    const jp = `${js}.peserta[${i}]`;
    const o = objek(p, jp);
    const no = nomor(ada(o, 'nomor', `${jp}.nomor`), `${jp}.nomor`);
    const lain = nomorDipakai.get(no);
    if (lain !== undefined) throw new Salah(`${jp}.nomor`, `nomor ${no} ganda, sudah dipakai ${lain}`);
    nomorDipakai.set(no, jp);
    const out: {
      nomor: number;
      nama: string;
      sirekap_id?: string;
      jenis_kelamin?: JenisKelamin;
      calon?: Calon[];
      kolom_kosong?: boolean;
    } = { nomor: no, nama: nama(ada(o, 'nama', `${jp}.nama`), `${jp}.nama`) };
    if (o['sirekap_id'] !== undefined) out.sirekap_id = sirekapId(o['sirekap_id'], jp, idDipakai);
    // rekap-paket/1 knows none of the keys below: they are ignored there, as every unknown key.
    if (!v2) return out;
    if (hanyaUntuk(o, 'jenis_kelamin', jenis === 'DPD', jp, 'calon anggota DPD')) out.jenis_kelamin = jenisKelamin(o['jenis_kelamin'], `${jp}.jenis_kelamin`);
    if (partai) {
      const calon = daftar(ada(o, 'calon', `${jp}.calon`), `${jp}.calon`, 0, 'calon');
      out.calon = bacaCalon(calon, jp, dapil?.kursi, idCalonDipakai);
    } else hanyaUntuk(o, 'calon', false, jp, UNTUK_PARTAI);
    if (hanyaUntuk(o, 'kolom_kosong', isSuratSuaraPilkada(jenis), jp, UNTUK_PILKADA)) {
      if (o['kolom_kosong'] !== true) throw new Salah(`${jp}.kolom_kosong`, `harus true (atau tidak ditulis), tertulis ${tampilkanNilai(o['kolom_kosong'])}`);
      out.kolom_kosong = true;
    }
    return out;
  });
  // Single-candidate regions: the paslon against kolom kosong, nothing else.
  const kosong = peserta.filter((p) => p.kolom_kosong);
  if (kosong.length > 0 && (kosong.length > 1 || peserta.length !== 2)) {
    throw new Salah(`${js}.peserta`, `surat suara dengan kolom kosong harus berisi tepat satu pasangan calon dan satu kolom kosong, tertulis ${peserta.length} peserta dengan ${kosong.length} kolom kosong`);
  }
  return peserta;
}

function bacaSuratSuara(list: readonly unknown[], jenisPemilihan: JenisPemilihan, v2: boolean): SuratSuara[] {
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
    let dapil: Dapil | undefined;
    if (v2) {
      if (isSuratSuaraPartai(jenis)) dapil = bacaDapil(ada(o, 'dapil', `${js}.dapil`), `${js}.dapil`);
      else if (hanyaUntuk(o, 'dapil', jenis === 'DPD', js, `${UNTUK_PARTAI} dan DPD`)) dapil = bacaDapil(o['dapil'], `${js}.dapil`);
    }
    const peserta = bacaPeserta(daftar(ada(o, 'peserta', `${js}.peserta`), `${js}.peserta`, 1, 'peserta'), js, jenis, v2, dapil);
    return dapil === undefined ? { jenis, peserta } : { jenis, dapil, peserta };
  });
}

function bacaPaket(input: unknown): Paket {
  const root = objek(input, '(paket)');
  const format = ada(root, 'format', 'format');
  if (typeof format !== 'string' || !(FORMAT_PAKET_DIKENAL as readonly string[]).includes(format)) {
    throw new Salah('format', `harus salah satu dari ${FORMAT_PAKET_DIKENAL.map((f) => `"${f}"`).join(', ')}, tertulis ${tampilkanNilai(format)}`);
  }
  const versi = format as FormatPaket;
  const pemilihan = bacaPemilihan(ada(root, 'pemilihan', 'pemilihan'));
  const tingkat = ada(root, 'tingkat', 'tingkat');
  // Kabupaten-level packages have their own reader (issue 6): shared/paket/paket-kabupaten.ts, chosen by parsePaketTingkat.
  if (tingkat === 'kabupaten') throw new Salah('tingkat', 'harus "kecamatan", tertulis "kabupaten" (paket tingkat kabupaten/kota membuat basis data kabupaten lewat init)');
  if (tingkat !== 'kecamatan') throw new Salah('tingkat', `harus "kecamatan", tertulis ${tampilkanNilai(tingkat)}`);

  const w = objek(ada(root, 'wilayah', 'wilayah'), 'wilayah');
  const provinsi = wilayah(ada(w, 'provinsi', 'wilayah.provinsi'), 'wilayah.provinsi', KODE_LENGTH.provinsi);
  const kabupaten = wilayah(ada(w, 'kabupaten', 'wilayah.kabupaten'), 'wilayah.kabupaten', KODE_LENGTH.kabupaten);
  awalan(kabupaten.kode, provinsi.kode, 'provinsi', 'wilayah.kabupaten.kode');
  const kecamatan = wilayah(ada(w, 'kecamatan', 'wilayah.kecamatan'), 'wilayah.kecamatan', KODE_LENGTH.kecamatan);
  awalan(kecamatan.kode, kabupaten.kode, 'kabupaten', 'wilayah.kecamatan.kode');

  const desa = bacaDesa(daftar(ada(root, 'desa', 'desa'), 'desa', 1, 'desa'), kecamatan.kode);
  const suratSuara = bacaSuratSuara(daftar(ada(root, 'surat_suara', 'surat_suara'), 'surat_suara', 1, 'surat suara'), pemilihan.jenis, versi !== 'rekap-paket/1');
  return { format: versi, pemilihan, tingkat: 'kecamatan', wilayah: { provinsi, kabupaten, kecamatan }, desa, surat_suara: suratSuara };
}

/** Validates an already parsed JSON value as a `rekap-paket/1` or `/2` package. */
export function parsePaket(input: unknown): Result<Paket> {
  try {
    return ok(bacaPaket(input));
  } catch (err) {
    if (err instanceof Salah) return gagal('paket-tidak-valid', err.message, `invalid election package at ${err.jalur}`);
    throw err;
  }
}

/**
 * Package files larger than this are refused (a kecamatan package is well under 1 MiB; this leaves room
 * for the largest kabupaten). Readers check the file size against it before reading the file.
 */
export const PAKET_BATAS_BYTE = 20 * 1024 * 1024;

/** Parses the text of a package file: JSON first, then the package rules. */
export function parsePaketJson(teks: string): Result<Paket> {
  if (teks.length > PAKET_BATAS_BYTE) return gagal('paket-tidak-valid', 'berkas paket lebih besar dari 20 MiB', `package text of ${teks.length} characters`);
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
