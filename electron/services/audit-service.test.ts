import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open-database';
import { databaseUji, jamUji } from '../testing/election-fixture';
import { appendAudit, auditHead, HASH_AWAL, hashAudit, listAudit, verifyAuditChain } from './audit-service';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function siapkan(): { db: Database.Database; file: string } {
  const t = databaseUji();
  dirs.push(t.dir);
  const clock = jamUji('2024-02-21T09:00:00.000Z');
  for (let i = 1; i <= 3; i++) {
    t.db.transaction(() => appendAudit(t.db, { aktor: 'ketua', aksi: 'uji', entitas: `uji:${i}`, rincian: { urutan: i, z: [1, 2], a: 'x' } }, clock))();
  }
  return t;
}

describe('audit chain', () => {
  it('links every row to the previous one, starting from the zero hash', () => {
    const { db } = siapkan();
    const rows = listAudit(db);
    expect(rows.map((r) => r.aksi)).toEqual(['buat-basis-data', 'uji', 'uji', 'uji']);
    expect(rows[0]!.hash_sebelumnya).toBe(HASH_AWAL);
    rows.forEach((r, i) => {
      if (i > 0) expect(r.hash_sebelumnya).toBe(rows[i - 1]!.hash);
      expect(r.hash).toBe(hashAudit(r));
      expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
    });
    expect(rows[1]!.rincian).toBe('{"a":"x","urutan":1,"z":[1,2]}');
    expect(auditHead(db)).toEqual({ id: 4, hash: rows[3]!.hash });
    expect(verifyAuditChain(db)).toBeNull();
    db.close();
  });

  it('refuses UPDATE and DELETE through the triggers', () => {
    const { db } = siapkan();
    expect(() => db.prepare("UPDATE audit SET aktor = 'x' WHERE id = 2").run()).toThrow(/tidak boleh diubah/);
    expect(() => db.prepare('DELETE FROM audit WHERE id = 4').run()).toThrow(/tidak boleh dihapus/);
    db.close();
  });

  it('names the row that was tampered with behind the triggers', () => {
    const { db, file } = siapkan();
    db.close();
    const raw = new Database(file);
    raw.exec('DROP TRIGGER audit_tanpa_ubah');
    raw.prepare(`UPDATE audit SET rincian = '{"a":"y","urutan":2,"z":[1,2]}' WHERE id = 3`).run();
    raw.close();
    const db2 = openDatabase(file, { create: false });
    expect(verifyAuditChain(db2)).toBe(3);
    db2.close();
  });

  it('names the row after a deleted one, and a re-hashed row breaks its successor', () => {
    const { db, file } = siapkan();
    db.close();
    const raw = new Database(file);
    raw.exec('DROP TRIGGER audit_tanpa_hapus; DROP TRIGGER audit_tanpa_ubah');
    raw.prepare('DELETE FROM audit WHERE id = 2').run();
    raw.close();
    const db2 = openDatabase(file, { create: false });
    expect(verifyAuditChain(db2)).toBe(3);
    db2.close();

    const { db: db3, file: file3 } = siapkan();
    db3.close();
    const raw3 = new Database(file3);
    raw3.exec('DROP TRIGGER audit_tanpa_ubah');
    const row = raw3.prepare('SELECT * FROM audit WHERE id = 2').get() as Parameters<typeof hashAudit>[0];
    const forged = { ...row, aktor: 'orang lain' };
    raw3.prepare('UPDATE audit SET aktor = ?, hash = ? WHERE id = 2').run(forged.aktor, hashAudit(forged));
    raw3.close();
    const db4 = openDatabase(file3, { create: false });
    expect(verifyAuditChain(db4)).toBe(3);
    db4.close();
  });
});
