import type Database from 'better-sqlite3';
import type { StatusTandaTangan, TandaTangan, UnsurHadirin } from '../../shared/domain/pleno';
import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import { appendAudit } from './audit-service';
import { sisipkanKeberatan } from './keberatan-service';

export interface TandaTanganBaru {
  /** Which document, e.g. `D.HASIL-PPWP`, `BA-PLENO`. */
  readonly dokumen: string;
  readonly hadirinId: number;
  readonly status: StatusTandaTangan;
  /** Required when refusing. */
  readonly alasan?: string | null;
  /** PNG bytes of a signature drawn on the signature screen. */
  readonly gambar?: Uint8Array | null;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Largest drawn signature accepted (PNG bytes). */
export const GAMBAR_MAKS_BYTE = 512 * 1024;

/** The latest signature of every person on one document (or every document), in order of the daftar hadir. */
export function daftarTandaTangan(db: Database.Database, dokumen?: string): TandaTangan[] {
  const rows = db
    .prepare(
      `SELECT t.dokumen, t.hadirin_id, h.nama, h.unsur, h.jabatan, t.status, t.alasan, t.keberatan_id, t.gambar, t.waktu
       FROM tanda_tangan t JOIN hadirin h ON h.id = t.hadirin_id
       WHERE t.id = (SELECT MAX(u.id) FROM tanda_tangan u WHERE u.dokumen = t.dokumen AND u.hadirin_id = t.hadirin_id)
       ${dokumen ? 'AND t.dokumen = ?' : ''}
       ORDER BY t.dokumen, h.id`,
    )
    .all(...(dokumen ? [dokumen] : [])) as {
    dokumen: string;
    hadirin_id: number;
    nama: string;
    unsur: UnsurHadirin;
    jabatan: string | null;
    status: StatusTandaTangan;
    alasan: string | null;
    keberatan_id: number | null;
    gambar: Buffer | null;
    waktu: string;
  }[];
  return rows.map((r) => ({
    dokumen: r.dokumen,
    hadirinId: r.hadirin_id,
    nama: r.nama,
    unsur: r.unsur,
    jabatan: r.jabatan,
    status: r.status,
    alasan: r.alasan,
    keberatanId: r.keberatan_id,
    gambar: r.gambar ? new Uint8Array(r.gambar) : null,
    waktu: r.waktu,
  }));
}

/**
 * Records one person's signature on one document: signed (optionally with the drawn image), refused (the
 * reason is required and the refusal is also recorded as a kejadian khusus, DOMAIN.md section 6.4) or absent.
 * A later record for the same person and document supersedes the earlier one, which stays.
 */
export function catatTandaTangan(db: Database.Database, t: TandaTanganBaru, oleh: string, clock: Clock): Result<TandaTangan> {
  const dokumen = t.dokumen.trim();
  if (dokumen === '') return gagal('isian-kosong', 'Dokumen yang ditandatangani wajib disebut.', 'empty dokumen');
  const alasan = t.alasan?.trim() || null;
  if (t.status === 'menolak' && !alasan) return gagal('alasan-kosong', 'Alasan menolak menandatangani wajib diisi.', 'refusal without reason');
  const gambar = t.gambar ?? null;
  if (gambar && t.status !== 'ditandatangani') return gagal('isian-tidak-sesuai', 'Gambar tanda tangan hanya untuk yang menandatangani.', 'image without signing');
  if (gambar && (gambar.length > GAMBAR_MAKS_BYTE || !PNG.every((b, i) => gambar[i] === b))) return gagal('gambar-tidak-valid', 'Gambar tanda tangan harus PNG tidak lebih dari 512 KiB.', 'not a png or too big');
  let hasil: Result<TandaTangan> | null = null;
  db.transaction(() => {
    const h = db.prepare('SELECT id, nama, unsur FROM hadirin WHERE id = ?').get(t.hadirinId) as { id: number; nama: string; unsur: UnsurHadirin } | undefined;
    if (!h) {
      hasil = gagal('hadirin-tidak-dikenal', 'Orang tersebut tidak ada pada daftar hadir.', 'unknown hadirin');
      return;
    }
    let keberatanId: number | null = null;
    if (t.status === 'menolak') {
      const k = sisipkanKeberatan(
        db,
        {
          jenis: 'kejadian_khusus',
          pokok: 'prosedur',
          pengajuId: h.unsur === 'saksi' || h.unsur === 'panwaslu' || h.unsur === 'ppk' || h.unsur === 'pps' ? h.id : null,
          pengajuUnsur: 'ppk',
          uraian: `${h.nama} menolak menandatangani ${dokumen}. Alasan: ${alasan!}`,
        },
        oleh,
        clock,
      );
      if (!k.ok) {
        hasil = k;
        return;
      }
      keberatanId = k.value;
    }
    const row = { dokumen, hadirin_id: h.id, status: t.status, alasan, keberatan_id: keberatanId, waktu: clock().toISOString(), oleh };
    db.prepare('INSERT INTO tanda_tangan (dokumen, hadirin_id, status, alasan, gambar, keberatan_id, waktu, oleh) VALUES (@dokumen, @hadirin_id, @status, @alasan, @gambar, @keberatan_id, @waktu, @oleh)').run({
      ...row,
      gambar: gambar ? Buffer.from(gambar) : null,
    });
    appendAudit(db, { aktor: oleh, aksi: `tanda-tangan-${t.status}`, entitas: `tanda-tangan:${dokumen}:${h.id}`, rincian: { ...row, gambar_byte: gambar?.length ?? 0 } }, clock);
  }).immediate();
  return hasil ?? ok(daftarTandaTangan(db, dokumen).find((x) => x.hadirinId === t.hadirinId)!);
}
