import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseUji, jamUji } from '../testing/election-fixture';
import { verifyAuditChain } from './audit-service';
import { daftarKeberatan } from './keberatan-service';
import { daftarkanHadirin } from './kehadiran-service';
import { catatTandaTangan, daftarTandaTangan } from './tanda-tangan-service';

let db: Database.Database;
let dir: string;
const clock = jamUji('2024-02-16T01:00:00.000Z');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

beforeEach(() => {
  ({ db, dir } = databaseUji());
  daftarkanHadirin(db, { nama: 'Ahmad Fauzi', unsur: 'ppk', jabatan: 'Ketua' }, 'o', clock);
  daftarkanHadirin(db, { nama: 'Budi', unsur: 'saksi', peserta: { jenis: 'PPWP', nomor: 1 }, nomorSurat: 'M-1' }, 'o', clock);
  daftarkanHadirin(db, { nama: 'Joko', unsur: 'ppk', jabatan: 'Anggota' }, 'o', clock);
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('catatTandaTangan', () => {
  it('records signed with the drawn PNG, refused with its reason (also a kejadian khusus), and absent', () => {
    expect(catatTandaTangan(db, { dokumen: 'D.HASIL-PPWP', hadirinId: 1, status: 'ditandatangani', gambar: PNG }, 'o', clock)).toMatchObject({ ok: true, value: { status: 'ditandatangani', gambar: PNG } });
    expect(catatTandaTangan(db, { dokumen: 'D.HASIL-PPWP', hadirinId: 2, status: 'menolak' }, 'o', clock)).toMatchObject({ ok: false, error: { kode: 'alasan-kosong' } });
    const r = catatTandaTangan(db, { dokumen: 'D.HASIL-PPWP', hadirinId: 2, status: 'menolak', alasan: 'Keberatan TPS 002 belum ditindaklanjuti' }, 'o', clock);
    expect(r).toMatchObject({ ok: true, value: { status: 'menolak', keberatanId: 1 } });
    expect(daftarKeberatan(db)).toMatchObject([{ jenis: 'kejadian_khusus', pengaju: 'Budi', uraian: 'Budi menolak menandatangani D.HASIL-PPWP. Alasan: Keberatan TPS 002 belum ditindaklanjuti' }]);
    catatTandaTangan(db, { dokumen: 'D.HASIL-PPWP', hadirinId: 3, status: 'tidak_hadir' }, 'o', clock);
    expect(daftarTandaTangan(db, 'D.HASIL-PPWP').map((t) => [t.nama, t.status, t.alasan])).toEqual([
      ['Ahmad Fauzi', 'ditandatangani', null],
      ['Budi', 'menolak', 'Keberatan TPS 002 belum ditindaklanjuti'],
      ['Joko', 'tidak_hadir', null],
    ]);
    // A later record supersedes; the earlier stays in the table.
    catatTandaTangan(db, { dokumen: 'D.HASIL-PPWP', hadirinId: 3, status: 'ditandatangani' }, 'o', clock);
    expect(daftarTandaTangan(db, 'D.HASIL-PPWP')[2]!.status).toBe('ditandatangani');
    expect((db.prepare('SELECT count(*) AS n FROM tanda_tangan').get() as { n: number }).n).toBe(4);
    expect(verifyAuditChain(db)).toBeNull();
  });

  it('refuses an image that is not PNG or an image with a refusal', () => {
    expect(catatTandaTangan(db, { dokumen: 'BA', hadirinId: 1, status: 'ditandatangani', gambar: new Uint8Array([1, 2, 3]) }, 'o', clock)).toMatchObject({ ok: false, error: { kode: 'gambar-tidak-valid' } });
    expect(catatTandaTangan(db, { dokumen: 'BA', hadirinId: 1, status: 'tidak_hadir', gambar: PNG }, 'o', clock)).toMatchObject({ ok: false });
    expect(catatTandaTangan(db, { dokumen: 'BA', hadirinId: 99, status: 'tidak_hadir' }, 'o', clock)).toMatchObject({ ok: false, error: { kode: 'hadirin-tidak-dikenal' } });
  });
});
