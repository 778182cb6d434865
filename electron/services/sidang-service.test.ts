import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseUji, jamUji } from '../testing/election-fixture';
import { listAudit, verifyAuditChain } from './audit-service';
import { openElectionDatabase } from './election-service';
import { keadaanPleno, ubahPleno } from './sidang-service';

let db: Database.Database;
let dir: string;
let file: string;
let clock = jamUji();

beforeEach(() => {
  ({ db, dir, file } = databaseUji());
  clock = jamUji('2024-02-16T01:00:00.000Z');
});
afterEach(() => {
  if (db.open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ubahPleno', () => {
  it('opens, suspends with a reason, resumes, closes, and opens a second day; every transition timestamped and audited', () => {
    expect(keadaanPleno(db).status).toBe('belum-dibuka');
    expect(ubahPleno(db, { aksi: 'buka', tempat: 'Aula Kantor Camat', ketua: 'Ahmad Fauzi' }, 'operator', clock)).toMatchObject({ ok: true, value: { status: 'berlangsung' } });
    expect(ubahPleno(db, { aksi: 'skors', alasan: 'Istirahat, salat, makan' }, 'operator', clock)).toMatchObject({ ok: true, value: { status: 'diskors' } });
    expect(ubahPleno(db, { aksi: 'lanjut' }, 'operator', clock)).toMatchObject({ ok: true, value: { status: 'berlangsung' } });
    expect(ubahPleno(db, { aksi: 'tutup' }, 'operator', clock)).toMatchObject({ ok: true, value: { status: 'ditutup' } });
    const r = ubahPleno(db, { aksi: 'buka', tempat: 'Aula Kantor Camat', ketua: 'Ahmad Fauzi' }, 'operator', clock);
    expect(r.ok && r.value.sidang).toEqual([
      {
        ke: 1,
        dibuka: '2024-02-16T01:00:00.000Z',
        ditutup: '2024-02-16T01:00:06.000Z',
        tempat: 'Aula Kantor Camat',
        ketua: 'Ahmad Fauzi',
        skors: [{ mulai: '2024-02-16T01:00:02.000Z', selesai: '2024-02-16T01:00:04.000Z', alasan: 'Istirahat, salat, makan', oleh: 'operator' }],
      },
      { ke: 2, dibuka: '2024-02-16T01:00:08.000Z', ditutup: null, tempat: 'Aula Kantor Camat', ketua: 'Ahmad Fauzi', skors: [] },
    ]);
    expect(listAudit(db).map((a) => a.aksi).slice(1)).toEqual(['pleno-buka', 'pleno-skors', 'pleno-lanjut', 'pleno-tutup', 'pleno-buka']);
    expect(verifyAuditChain(db)).toBeNull();
  });

  it('refuses a transition the status does not allow, a skors without reason, an opening without place or chair, and writes nothing', () => {
    expect(ubahPleno(db, { aksi: 'skors', alasan: 'x' }, 'o', clock)).toMatchObject({ ok: false, error: { kode: 'pleno-tidak-sesuai', pesan: 'Tidak dapat menskors: rapat pleno belum dibuka.' } });
    expect(ubahPleno(db, { aksi: 'buka', tempat: ' ', ketua: 'A' }, 'o', clock)).toMatchObject({ ok: false, error: { kode: 'isian-kosong' } });
    ubahPleno(db, { aksi: 'buka', tempat: 'Aula', ketua: 'A' }, 'o', clock);
    expect(ubahPleno(db, { aksi: 'skors', alasan: '  ' }, 'o', clock)).toMatchObject({ ok: false, error: { kode: 'isian-kosong' } });
    expect(ubahPleno(db, { aksi: 'lanjut' }, 'o', clock)).toMatchObject({ ok: false, error: { pesan: 'Tidak dapat melanjutkan: rapat pleno sedang berlangsung.' } });
    expect(ubahPleno(db, { aksi: 'buka', tempat: 'Aula', ketua: 'A' }, 'o', clock)).toMatchObject({ ok: false });
    expect(listAudit(db)).toHaveLength(2);
  });

  it('resumes exactly where it stopped after the database is closed and opened again', () => {
    ubahPleno(db, { aksi: 'buka', tempat: 'Aula', ketua: 'A' }, 'o', clock);
    ubahPleno(db, { aksi: 'skors', alasan: 'Sirekap tidak dapat diakses' }, 'o', clock);
    const sebelum = keadaanPleno(db);
    db.close();
    db = openElectionDatabase(file);
    expect(keadaanPleno(db)).toEqual(sebelum);
    expect(keadaanPleno(db)).toMatchObject({ status: 'diskors', sejak: '2024-02-16T01:00:02.000Z' });
    expect(() => db.exec("UPDATE pleno_peristiwa SET alasan = 'lain'")).toThrow(/hanya bertambah/);
  });
});
