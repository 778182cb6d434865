import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import { formatBeda, type RekapKabupaten } from '../../shared/exchange/rekap-kabupaten';
import { nomorDariKunci } from '../../shared/forms/c-hasil';
import { isPaketKabupaten } from '../../shared/paket/paket-kabupaten';
import { temuanKabupaten } from '../services/kabupaten-layar-service';
import { createKabupatenDatabase, imporHasil, isKabupatenDatabase, openKabupatenDatabase, recapKabupaten } from '../services/kabupaten-service';
import type { ArgumenCli } from './args';
import { bacaBerkasHasil, type KeluaranPerintah } from './exchange-commands';
import type { JenisSuratSuara } from '../../shared/domain/ballot';
import { formatCheckText } from './format-text';

/**
 * `init` with a `tingkat: kabupaten` package: creates a kabupaten database. Returns null when the text is
 * not a kabupaten package (the kecamatan `init` goes on as before).
 */
export function initKabupatenJikaPaketKabupaten(teks: string, namaPaket: string, db: string, oleh: string, clock: Clock, json: boolean): Result<string> | null {
  let data: unknown;
  try {
    data = JSON.parse(teks.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  if (!isPaketKabupaten(data)) return null;
  const r = createKabupatenDatabase(db, teks, clock, oleh);
  if (!r.ok) return { ok: false, error: { ...r.error, pesan: `${namaPaket}: ${r.error.pesan}` } };
  const kab = r.value.paket.wilayah.kabupaten;
  const n = r.value.paket.kecamatan.length;
  if (json) return ok(`${JSON.stringify({ berkas: db, paket_sha256: r.value.paketSha256, tingkat: 'kabupaten', kabupaten: kab.kode, kecamatan: n }, null, 2)}\n`);
  return ok(`Basis data ${db} dibuat: kabupaten/kota ${kab.kode} ${kab.nama}, ${n} kecamatan, SHA-256 paket ${r.value.paketSha256}.\n`);
}

/** `import-hasil --db KAB.rekap [--sidik XXXX-XXXX-XXXX-XXXX] [--ganti] FILE`. */
export function imporHasilCmd(a: ArgumenCli, clock: Clock): Result<KeluaranPerintah> {
  if (a.posisi.length !== 1) return gagal('pemakaian-salah', 'import-hasil: tulis tepat satu BERKAS', 'one file expected');
  const file = a.posisi[0]!;
  const teks = bacaBerkasHasil(file);
  if (!teks.ok) return teks;
  const { db, paket } = openKabupatenDatabase(a.opsi.get('db')!);
  try {
    const sidik = a.opsi.get('sidik');
    const r = imporHasil(db, paket, teks.value, clock, {
      ganti: a.bendera.has('ganti'),
      oleh: a.opsi.get('oleh') ?? 'cli',
      namaBerkas: file,
      ...(sidik === undefined ? {} : { sidik }),
    });
    if (!r.ok) return r;
    const v = r.value;
    if (a.bendera.has('json')) return ok({ stdout: `${JSON.stringify(v, null, 2)}\n`, kode: v.status === 'perlu-ganti' ? 1 : 0 });
    const kepala = `Kecamatan ${v.kecamatan}, sidik jari ${v.sidik}`;
    switch (v.status) {
      case 'sama':
        return ok({ stdout: `${kepala}: sudah diimpor, tidak ada yang berubah.\n`, kode: 0 });
      case 'diimpor':
        return ok({ stdout: `${kepala}: diimpor.\n`, kode: 0 });
      case 'diganti':
        return ok({ stdout: `${kepala}: menggantikan ekspor sebelumnya (disimpan di riwayat); ${v.beda.length} sel berbeda:\n${formatBeda(v.beda)}\n`, kode: 0 });
      case 'perlu-ganti':
        return ok({
          stdout: `${kepala}: berbeda dengan ekspor yang sudah diimpor; ${v.beda.length} sel berbeda:\n${formatBeda(v.beda)}\nTidak ada yang diganti. Ulangi dengan --ganti untuk mengganti (ekspor lama tetap di riwayat).\n`,
          kode: 1,
        });
    }
  } finally {
    db.close();
  }
}

/** `recap` on a kabupaten database: one unit per kecamatan. Returns null when the file is a kecamatan database. */
export function rekapKabupatenJikaKabupaten(file: string, jenis: JenisSuratSuara, json: boolean): string | null {
  if (!isKabupatenDatabase(file)) return null;
  const { db, paket } = openKabupatenDatabase(file);
  try {
    const r = recapKabupaten(db, paket, jenis);
    return json ? `${JSON.stringify(recapKabupatenJson(r), null, 2)}\n` : formatRekapKabupaten(r);
  } finally {
    db.close();
  }
}

function angka(keys: readonly string[], lembar: Readonly<Record<string, number | null>>): Record<string, unknown> {
  const suara: Record<string, number> = {};
  const rest: Record<string, number> = {};
  for (const key of keys) {
    const nomor = nomorDariKunci(key);
    const v = lembar[key] ?? 0;
    if (nomor !== null) suara[String(nomor)] = v;
    else rest[key] = v;
  }
  return { suara, ...rest };
}

/** The `recap --json` shape of FORMATS.md section 3 at kabupaten level (units are kecamatan). */
export function recapKabupatenJson(r: RekapKabupaten): unknown {
  return {
    surat_suara: r.suratSuara.jenis,
    tingkat: 'kabupaten',
    kode: r.kode,
    nama: r.nama,
    unit: r.kecamatan.map((k) => ({ kode: k.kode, nama: k.nama, sha256: k.sha256, ...angka(r.rowKeys, k.lembar) })),
    jumlah: angka(r.rowKeys, r.jumlah),
  };
}

function formatRekapKabupaten(r: RekapKabupaten): string {
  const baris = [`Rekapitulasi ${r.suratSuara.jenis} kabupaten/kota ${r.kode} ${r.nama}`];
  for (const k of r.kecamatan) {
    const suara = r.rowKeys.filter((key) => nomorDariKunci(key) !== null).map((key) => `${key}=${k.lembar[key] ?? '-'}`);
    baris.push(`  ${k.kode} ${k.nama}: ${k.sha256 === null ? 'belum ada ekspor' : suara.join(' ')}`);
  }
  const jumlah = r.rowKeys.filter((key) => nomorDariKunci(key) !== null).map((key) => `${key}=${r.jumlah[key] ?? '-'}`);
  baris.push(`  JUMLAH: ${jumlah.join(' ')}`, '');
  return baris.join('\n');
}

/** `print` on a kabupaten database: the D.Hasil Kabupaten/Kota of every ballot. Null for a kecamatan database. */
export async function cetakKabupatenJikaKabupaten(file: string, outDir: string, clock: Clock, kertas: 'F4' | 'A4'): Promise<string[] | null> {
  if (!isKabupatenDatabase(file)) return null;
  const { printKabupatenDocuments } = await import('../services/kabupaten-print-service');
  const { db, paket } = openKabupatenDatabase(file);
  try {
    return await printKabupatenDocuments(db, paket, outDir, clock, { kertas });
  } finally {
    db.close();
  }
}

/**
 * `check` on a kabupaten database: the unit rules (R1-R9, R12-R14 as for a summed sheet) on the total of
 * every kecamatan whose export is imported, per ballot. Null for a kecamatan database.
 */
export function periksaKabupatenJikaKabupaten(file: string, json: boolean): { readonly teks: string; readonly adaGalat: boolean } | null {
  if (!isKabupatenDatabase(file)) return null;
  const { db, paket } = openKabupatenDatabase(file);
  try {
    const temuan = temuanKabupaten(db, paket);
    const teks = json
      ? `${JSON.stringify(temuan.map((t) => ({ aturan: t.aturan, keparahan: t.keparahan, surat_suara: t.surat_suara, kode: t.kode, pesan: t.pesan })), null, 2)}\n`
      : formatCheckText(temuan);
    return { teks, adaGalat: temuan.some((t) => t.keparahan === 'galat') };
  } finally {
    db.close();
  }
}
