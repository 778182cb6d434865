import fs from 'node:fs';
import { isJenisSuratSuara, type JenisSuratSuara } from '../../shared/domain/ballot';
import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import { openElectionDatabase } from '../services/election-service';
import { eksporRekapHasil, verifikasiRekapHasil } from '../services/exchange-service';
import type { ArgumenCli } from './args';

/** What an exchange command prints and its exit code. */
export interface KeluaranPerintah {
  readonly stdout: string;
  readonly kode: number;
}

/** Largest export file read (a big kecamatan with every version of every cell stays far below). */
export const HASIL_BATAS_BYTE = 200 * 1024 * 1024;

function jenisOpsional(a: ArgumenCli): Result<JenisSuratSuara | undefined> {
  const j = a.opsi.get('surat-suara');
  if (j === undefined) return ok(undefined);
  if (!isJenisSuratSuara(j)) return gagal('pemakaian-salah', `--surat-suara: jenis tidak dikenal "${j}"`, 'unknown ballot kind');
  return ok(j);
}

/** Writes a file beside its target and renames it into place, so a reader never sees half a file. */
export function tulisAtomik(file: string, isi: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, isi);
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}

/** Reads an export file with a size limit; errors name the file. */
export function bacaBerkasHasil(file: string): Result<string> {
  try {
    const size = fs.statSync(file).size;
    if (size > HASIL_BATAS_BYTE) return gagal('hasil-tidak-valid', `${file}: berkas lebih besar dari 200 MiB`, `${size} bytes`);
    return ok(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    return gagal('hasil-tidak-terbaca', `${file}: berkas tidak dapat dibaca`, String(err));
  }
}

/** `export --db FILE --out FILE [--surat-suara J]`: the rekap-hasil/2 file of a PPK database. */
export function eksporCmd(a: ArgumenCli): Result<KeluaranPerintah> {
  const jenis = jenisOpsional(a);
  if (!jenis.ok) return jenis;
  const out = a.opsi.get('out')!;
  const db = openElectionDatabase(a.opsi.get('db')!);
  try {
    const e = eksporRekapHasil(db, jenis.value);
    tulisAtomik(out, e.teks);
    const stdout = a.bendera.has('json')
      ? `${JSON.stringify({ berkas: out, sha256: e.sha256, sidik: e.sidik }, null, 2)}\n`
      : `Ekspor ${out} ditulis.\nSidik jari: ${e.sidik}\nSHA-256: ${e.sha256}\n`;
    return ok({ stdout, kode: 0 });
  } finally {
    db.close();
  }
}

/** `verify FILE`: prints the fingerprint and whether the content still matches it; exit 1 if not. */
export function verifikasiCmd(a: ArgumenCli): Result<KeluaranPerintah> {
  const file = a.posisi[0]!;
  if (a.posisi.length > 1) return gagal('pemakaian-salah', 'verify: tulis satu BERKAS saja', 'too many files');
  const teks = bacaBerkasHasil(file);
  if (!teks.ok) return teks;
  const v = verifikasiRekapHasil(teks.value, file);
  if (!v.ok) return v;
  const r = v.value;
  const kec = r.dokumen.wilayah.kecamatan;
  const stdout = a.bendera.has('json')
    ? `${JSON.stringify({ berkas: file, utuh: r.utuh, sidik: r.sidik, sha256: r.sha256Tertulis, sha256_isi: r.sha256, kecamatan: kec.kode }, null, 2)}\n`
    : [
        `Berkas: ${file} (kecamatan ${kec.kode} ${kec.nama})`,
        `Sidik jari: ${r.sidik}`,
        `SHA-256: ${r.sha256Tertulis}`,
        r.utuh
          ? 'UTUH: isi berkas sesuai dengan sidik jarinya.'
          : `RUSAK: isi berkas TIDAK sesuai dengan sidik jarinya (SHA-256 isi ${r.sha256}); berkas telah diubah.`,
        '',
      ].join('\n');
  return ok({ stdout, kode: r.utuh ? 0 : 1 });
}

/** The exchange commands of the command line: export, verify, import-hasil. */
export async function jalankanPerintahPertukaran(a: ArgumenCli, clock: Clock): Promise<Result<KeluaranPerintah>> {
  switch (a.perintah) {
    case 'export': {
      const format = a.opsi.get('format') ?? 'json';
      if (format === 'json') return eksporCmd(a);
      if (format === 'xlsx' || format === 'csv') {
        const { eksporTabelCmd } = await import('./spreadsheet-commands');
        return eksporTabelCmd(a, format, clock);
      }
      return gagal('pemakaian-salah', `--format: "${format}" tidak dikenal (json, xlsx atau csv)`, 'unknown export format');
    }
    case 'verify':
      return verifikasiCmd(a);
    case 'import-hasil': {
      const { imporHasilCmd } = await import('./kabupaten-commands');
      return imporHasilCmd(a, clock);
    }
    case 'paket-saksi': {
      const { paketSaksiCmd } = await import('./witness-pack-commands');
      return paketSaksiCmd(a, clock);
    }
    default:
      return gagal('pemakaian-salah', `perintah ${a.perintah} bukan perintah pertukaran`, 'not an exchange command');
  }
}
