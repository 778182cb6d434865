import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { nomorPeserta, type JenisSuratSuara } from '../../shared/domain/ballot';
import { pihakSuratSuara } from '../../shared/domain/pleno';
import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import { csvTabel, tabelDariRekapKecamatan } from '../../shared/exchange/tabel-rekap';
import { loadPaket } from './election-service';
import { eksporRekapHasil } from './exchange-service';
import { printRecapDocuments, type PrintOptions } from './print-service';
import { recap } from './recap-service';

export interface PaketSaksiDitulis {
  readonly jenis: JenisSuratSuara;
  readonly sidik: string;
  readonly sha256: string;
  /** One folder per saksi. */
  readonly folder: readonly string[];
}

function adaTabel(db: Database.Database, nama: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(nama) !== undefined;
}

/** Desa of the ballot whose latest review is not `disahkan` (none when the database has no review table). */
export function desaBelumDisahkan(db: Database.Database, jenis: JenisSuratSuara): string[] {
  if (!adaTabel(db, 'tinjauan')) return [];
  const paket = loadPaket(db);
  const status = db.prepare('SELECT status FROM tinjauan WHERE desa_kode = ? AND jenis = ? ORDER BY id DESC LIMIT 1');
  return paket.desa.filter((d) => (status.get(d.kode, jenis) as { status: string } | undefined)?.status !== 'disahkan').map((d) => d.kode);
}

function namaFolder(s: string): string {
  return s.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'saksi';
}

/** The saksi of a ballot from the daftar hadir, else one per participant: [folder name, who]. */
function saksiDari(db: Database.Database, jenis: JenisSuratSuara): [string, string][] {
  const paket = loadPaket(db);
  const ss = paket.surat_suara.find((s) => s.jenis === jenis)!;
  if (adaTabel(db, 'hadirin')) {
    const rows = (
      db.prepare("SELECT nama, peserta_nomor FROM hadirin WHERE unsur = 'saksi' AND peserta_pihak = ? ORDER BY peserta_nomor, id").all(pihakSuratSuara(jenis)) as { nama: string; peserta_nomor: number }[]
    ).filter((r) => ss.peserta.some((p) => p.nomor === r.peserta_nomor)); // a party saksi: only on the party ballots listing the party
    if (rows.length > 0) return rows.map((r) => [`saksi-${nomorPeserta(r.peserta_nomor)}-${namaFolder(r.nama)}`, `${r.nama} (saksi peserta ${nomorPeserta(r.peserta_nomor)})`]);
  }
  return ss.peserta.map((p) => [`saksi-${nomorPeserta(p.nomor)}`, `saksi peserta ${nomorPeserta(p.nomor)} ${p.nama}`]);
}

/**
 * Writes the witness pack of each ballot (or one) into `outDir`: one folder per saksi with the printed
 * D.Hasil (every page carrying the fingerprint and QR code), the CSV of the recap, the ballot's
 * `rekap-hasil/2` export and SIDIK-JARI.txt. Refused while any desa of the ballot is not yet `disahkan`.
 */
export async function tulisPaketSaksi(db: Database.Database, outDir: string, clock: Clock, opts: PrintOptions & { readonly jenis?: JenisSuratSuara } = {}): Promise<Result<PaketSaksiDitulis[]>> {
  const paket = loadPaket(db);
  const kec = paket.wilayah.kecamatan;
  const ballots = paket.surat_suara.filter((s) => opts.jenis === undefined || s.jenis === opts.jenis);
  if (ballots.length === 0) return gagal('surat-suara-tidak-dikenal', `Surat suara ${opts.jenis ?? ''} tidak ada dalam paket pemilihan.`, 'unknown ballot');
  for (const s of ballots) {
    const belum = desaBelumDisahkan(db, s.jenis);
    if (belum.length > 0) {
      // Named as the plenary knows them (the operator reads the names, not the codes).
      const nama = belum.map((kode) => paket.desa.find((d) => d.kode === kode)?.nama ?? kode);
      return gagal('belum-disahkan', `Paket saksi ${s.jenis} belum dapat dibuat: ${belum.length} desa belum disahkan (${nama.slice(0, 5).join(', ')}${belum.length > 5 ? ', ...' : ''}).`, `units not approved: ${belum.join(', ')}`);
    }
  }
  fs.mkdirSync(outDir, { recursive: true });
  const cetakDir = fs.mkdtempSync(path.join(outDir, '.cetak-'));
  try {
    const pdfs = await printRecapDocuments(db, cetakDir, clock, opts);
    const out: PaketSaksiDitulis[] = [];
    for (const s of ballots) {
      const e = eksporRekapHasil(db, s.jenis);
      const csv = csvTabel([tabelDariRekapKecamatan(recap(db, s.jenis))]);
      const pdf = pdfs.find((f) => path.basename(f).endsWith(`-${s.jenis}.pdf`));
      const folder: string[] = [];
      for (const [nama, siapa] of saksiDari(db, s.jenis)) {
        const d = path.join(outDir, `${kec.kode}-${s.jenis}`, nama);
        fs.mkdirSync(d, { recursive: true });
        if (pdf) fs.copyFileSync(pdf, path.join(d, path.basename(pdf)));
        fs.writeFileSync(path.join(d, `D.HASIL-KECAMATAN-${kec.kode}-${s.jenis}.csv`), csv);
        fs.writeFileSync(path.join(d, `rekap-hasil-${kec.kode}-${s.jenis}.json`), e.teks);
        fs.writeFileSync(
          path.join(d, 'SIDIK-JARI.txt'),
          [
            `Paket saksi untuk ${siapa}`,
            `Kecamatan ${kec.kode} ${kec.nama}, surat suara ${s.jenis}`,
            `Sidik jari: ${e.sidik}`,
            `SHA-256: ${e.sha256}`,
            '',
            'Sidik jari yang sama tercetak di setiap halaman D.Hasil beserta kode QR-nya.',
            `Periksa berkas: npm run --silent cli -- verify rekap-hasil-${kec.kode}-${s.jenis}.json`,
            '',
          ].join('\r\n'),
        );
        folder.push(d);
      }
      out.push({ jenis: s.jenis, sidik: e.sidik, sha256: e.sha256, folder });
    }
    return ok(out);
  } finally {
    fs.rmSync(cetakDir, { recursive: true, force: true });
  }
}
