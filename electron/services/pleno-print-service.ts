import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { urutkanSuratSuara, type JenisSuratSuara } from '../../shared/domain/ballot';
import { DOKUMEN_TTD, dokumenDHasil, ketuaPpk, saksiUntuk, type Hadirin, type TandaTangan } from '../../shared/domain/pleno';
import type { Clock } from '../../shared/domain/result';
import type { Penandatangan, SaksiPenandatangan } from '../../shared/documents/d-hasil';
import { waktuLokal } from '../../shared/format/date';
import { buildBeritaAcaraPleno, buildDaftarHadir, buildDKejadianKhusus, buildLampiranKoreksi, type DokumenPlenoInput } from '../../shared/documents/dokumen-pleno';
import type { Kertas } from '../../shared/documents/layout';
import { defaultFontsDir } from '../pdf/fonts';
import { renderDocumentKeBerkas } from '../pdf/render-document';
import { loadPaket } from './election-service';
import { sidikSemuaKabupaten } from './sidik-kabupaten';
import { paketKabupatenDari } from './kabupaten-service';
import { printRecapDocuments, type PrintOptions } from './print-service';
import { sha256SemuaSuratSuara } from './exchange-service';
import { daftarHitungUlang, daftarKeberatan, daftarKoreksi } from './keberatan-service';
import { daftarHadirin } from './kehadiran-service';
import { keadaanPleno } from './sidang-service';
import { daftarTandaTangan } from './tanda-tangan-service';
import { daftarTinjauan } from './tinjauan-service';

/** Everything the plenary documents show, read from the database. */
export function bahanDokumenPleno(db: Database.Database, dicetakPada: Date, kertas: Kertas): DokumenPlenoInput {
  // At a KPU kabupaten/kota the plenary's units are the kecamatan (unit-pleno.ts).
  const kab = paketKabupatenDari(db);
  const paket = kab ?? loadPaket(db);
  return {
    wilayah: paket.wilayah,
    pemilihan: paket.pemilihan,
    namaDesa: Object.fromEntries((kab ? kab.kecamatan : loadPaket(db).desa).map((d) => [d.kode, d.nama])),
    keadaan: keadaanPleno(db),
    hadirin: daftarHadirin(db),
    tinjauan: daftarTinjauan(db),
    keberatan: daftarKeberatan(db),
    koreksi: daftarKoreksi(db),
    hitungUlang: daftarHitungUlang(db),
    tandaTangan: daftarTandaTangan(db),
    dicetakPada,
    kertas,
  };
}

/**
 * Writes the plenary documents into `outDir`: BA-PLENO (Berita Acara), DAFTAR-HADIR, D.KEJADIAN-KHUSUS and
 * LAMPIRAN-PEMBETULAN, each `<name>-<kode kecamatan>.pdf`, written beside and renamed into place.
 */
export async function printPlenoDocuments(db: Database.Database, outDir: string, clock: Clock, opts: { readonly kertas?: Kertas; readonly fontsDir?: string } = {}): Promise<string[]> {
  const bahan = bahanDokumenPleno(db, clock(), opts.kertas ?? 'F4');
  // Every page carries the fingerprint of the kecamatan's export of all ballots and its QR code (issue 6); at a
  // KPU kabupaten/kota, of the exports the kabupaten stands on.
  const kab = paketKabupatenDari(db);
  const kode = 'kecamatan' in bahan.wilayah ? bahan.wilayah.kecamatan.kode : bahan.wilayah.kabupaten.kode;
  const input: DokumenPlenoInput = { ...bahan, sidik: { sha256: kab ? sidikSemuaKabupaten(db, kab) : sha256SemuaSuratSuara(db), kodeWilayah: kode, jenis: 'SEMUA' } };
  fs.mkdirSync(outDir, { recursive: true });
  const out: string[] = [];
  const dokumen = [
    [DOKUMEN_TTD.beritaAcara, buildBeritaAcaraPleno],
    [DOKUMEN_TTD.daftarHadir, buildDaftarHadir],
    [DOKUMEN_TTD.kejadianKhusus, buildDKejadianKhusus],
    ['LAMPIRAN-PEMBETULAN', buildLampiranKoreksi],
  ] as const;
  for (const [nama, build] of dokumen) {
    const file = path.join(outDir, `${nama}-${kode}.pdf`);
    await renderDocumentKeBerkas(build(input), file, opts.fontsDir ?? defaultFontsDir());
    out.push(file);
  }
  return out;
}

function penandatangan(h: Hadirin, t: TandaTangan | undefined): Penandatangan {
  if (t?.status === 'menolak') return { nama: h.nama, status: 'menolak', alasan: t.alasan ?? '' };
  if (t?.status === 'tidak_hadir' || (!t && !h.datang)) return { nama: h.nama, status: 'tidak-hadir' };
  // A signature drawn on the signature screen is printed in the person's slot.
  return { nama: h.nama, status: 'hadir', ...(t?.status === 'ditandatangani' && t.gambar ? { gambar: t.gambar } : {}) };
}

/**
 * The real signatories of one ballot's D.Hasil: the PPK members from the daftar hadir (the ketua first) and,
 * per participant, its saksi (the one seated, else the one who signed or refused, else the first present),
 * each with the status recorded on the signature screen; null when no PPK member is on the daftar hadir.
 */
export function penandatanganDHasil(db: Database.Database, jenis: JenisSuratSuara): { ppk: { ketua: Penandatangan; anggota: Penandatangan[] }; saksi: SaksiPenandatangan[]; tanggalPleno: string | null } | null {
  const hadirin = daftarHadirin(db);
  const ttd = new Map(daftarTandaTangan(db, dokumenDHasil(jenis)).map((t) => [t.hadirinId, t]));
  const ppk = hadirin.filter((h) => h.unsur === 'ppk');
  const ketua = ketuaPpk(hadirin);
  if (!ketua) return null;
  // A party's saksi signs the D.Hasil of every party ballot.
  const perPeserta = new Map<number, Hadirin[]>();
  for (const h of hadirin) {
    if (h.unsur !== 'saksi' || !h.peserta || !saksiUntuk(h.peserta, jenis, h.peserta.nomor)) continue;
    perPeserta.set(h.peserta.nomor, [...(perPeserta.get(h.peserta.nomor) ?? []), h]);
  }
  // Every participant of the ballot keeps its line; one without a saksi on the list gets a blank one.
  const peserta = loadPaket(db).surat_suara.find((s) => s.jenis === jenis)?.peserta ?? [];
  const saksi: SaksiPenandatangan[] = peserta.map(({ nomor }) => {
    const list = perPeserta.get(nomor) ?? [];
    const h = list.find((x) => x.duduk) ?? list.find((x) => ttd.has(x.id)) ?? list.find((x) => x.datang) ?? list[0];
    return h ? { nomor, ...penandatangan(h, ttd.get(h.id)) } : { nomor, nama: '' };
  });
  const dibuka = keadaanPleno(db).sidang[0]?.dibuka;
  return {
    ppk: { ketua: penandatangan(ketua, ttd.get(ketua.id)), anggota: ppk.filter((h) => h !== ketua).map((h) => penandatangan(h, ttd.get(h.id))) },
    saksi,
    tanggalPleno: dibuka ? waktuLokal(new Date(dibuka)).tanggal : null,
  };
}

/**
 * Prints every ballot's D.Hasil Kecamatan (print-service) with the signatories of the plenary: PPK members and
 * saksi from the daftar hadir with signed / refused (reason) / absent as recorded, and the plenary's first date.
 */
export async function printDHasilPleno(db: Database.Database, outDir: string, clock: Clock, opts: PrintOptions = {}): Promise<string[]> {
  const files: string[] = [];
  for (const ss of urutkanSuratSuara(loadPaket(db).surat_suara)) {
    if (opts.jenis !== undefined && ss.jenis !== opts.jenis) continue;
    const p = penandatanganDHasil(db, ss.jenis);
    const tambahan = p ? { ppk: p.ppk, saksi: p.saksi, ...(p.tanggalPleno === null ? {} : { tanggalPleno: p.tanggalPleno }) } : {};
    files.push(...(await printRecapDocuments(db, outDir, clock, { ...opts, ...tambahan, jenis: ss.jenis })));
  }
  return files;
}
