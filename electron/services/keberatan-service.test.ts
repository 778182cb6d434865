import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseUji, jamUji } from '../testing/election-fixture';
import { listAudit, verifyAuditChain } from './audit-service';
import { ajukanKeberatan, catatHitungUlang, daftarKeberatan, daftarKoreksi, langkahKeberatan } from './keberatan-service';
import { daftarkanHadirin } from './kehadiran-service';
import { cellHistory, readTpsSheet, saveTpsSheet } from './results-service';
import { majukanTinjauan } from './tinjauan-service';

let db: Database.Database;
let dir: string;
let clock = jamUji();
const TPS = '1101012001001';

beforeEach(() => {
  ({ db, dir } = databaseUji());
  clock = jamUji('2024-02-16T01:00:00.000Z');
  saveTpsSheet(db, { kodeTps: TPS, jenis: 'PPWP', nilai: { suara_1: 25, suara_2: 80, suara_3: 10 }, sumber: 'c_hasil', oleh: 'operator' }, clock);
  daftarkanHadirin(db, { nama: 'Budi', unsur: 'saksi', peserta: { jenis: 'PPWP', nomor: 1 }, nomorSurat: 'M-1' }, 'operator', clock);
  daftarkanHadirin(db, { nama: 'Siti', unsur: 'panwaslu' }, 'operator', clock);
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function keberatanAngka(uraian = 'Suara paslon 01 di TPS 001 tertulis 25, salinan saksi 28') {
  const r = ajukanKeberatan(db, { jenis: 'keberatan', pokok: 'angka', pengajuId: 1, tpsKode: TPS, suratSuara: 'PPWP', baris: 'suara_1', uraian }, 'operator', clock);
  if (!r.ok) throw new Error(r.error.pesan);
  return r.value;
}

describe('objections', () => {
  it('an accepted number objection writes a koreksi version with the old value, deciders and paraf', () => {
    const k = keberatanAngka();
    expect(k).toMatchObject({ id: 1, status: 'diajukan', pengaju: 'Budi', pengajuUnsur: 'saksi', desaKode: '1101012001' });
    expect(langkahKeberatan(db, { keberatanId: 1, langkah: 'dicocokkan', catatan: 'Dicocokkan dengan C.Hasil plano: tertulis 28' }, 'operator', clock)).toMatchObject({ ok: true, value: { status: 'dicocokkan' } });
    expect(langkahKeberatan(db, { keberatanId: 1, langkah: 'diterima' }, 'operator', clock)).toMatchObject({ ok: false, error: { kode: 'koreksi-kurang' } });
    const r = langkahKeberatan(db, { keberatanId: 1, langkah: 'diterima', koreksi: { nilaiBaru: 28, pemutus: 'Rapat pleno PPK', parafKetua: 'Ahmad Fauzi', parafSaksi: 'Budi' } }, 'operator', clock);
    expect(r).toMatchObject({ ok: true, value: { status: 'diterima', koreksi: [{ tpsKode: TPS, baris: 'suara_1', nilaiLama: 25, nilaiBaru: 28, sumber: 'koreksi', pemutus: 'Rapat pleno PPK', parafKetua: 'Ahmad Fauzi', parafSaksi: 'Budi' }] } });
    expect(cellHistory(db, TPS, 'PPWP', 'suara_1').map((v) => [v.sumber, v.nilai])).toEqual([
      ['c_hasil', 25],
      ['koreksi', 28],
    ]);
    const lembar = readTpsSheet(db, TPS, 'PPWP');
    expect(lembar.ok && [lembar.value.c_hasil.suara_1, lembar.value.efektif.suara_1]).toEqual([25, 28]);
    const audit = listAudit(db).at(-1)!;
    expect(audit.aksi).toBe('keberatan-diterima');
    expect(JSON.parse(audit.rincian).koreksi).toMatchObject({ dari: 25, ke: 28, tps: TPS });
    expect(verifyAuditChain(db)).toBeNull();
  });

  it('a rejected objection needs its reason, then the supervisor recommendation and the follow-up', () => {
    const k = ajukanKeberatan(db, { jenis: 'keberatan', pokok: 'prosedur', pengajuId: 1, desaKode: '1101012002', uraian: 'Kotak suara desa tiba tanpa segel' }, 'operator', clock);
    expect(k).toMatchObject({ ok: true, value: { status: 'diajukan', tpsKode: null } });
    expect(langkahKeberatan(db, { keberatanId: 1, langkah: 'ditolak' }, 'operator', clock)).toMatchObject({ ok: false, error: { kode: 'isian-kosong' } });
    expect(langkahKeberatan(db, { keberatanId: 1, langkah: 'rekomendasi', catatan: 'x' }, 'operator', clock)).toMatchObject({ ok: false, error: { kode: 'langkah-tidak-sesuai' } });
    langkahKeberatan(db, { keberatanId: 1, langkah: 'ditolak', catatan: 'Berita acara serah terima menunjukkan segel utuh' }, 'operator', clock);
    langkahKeberatan(db, { keberatanId: 1, langkah: 'rekomendasi', catatan: 'Panwaslu: tidak ada pelanggaran prosedur' }, 'operator', clock);
    const r = langkahKeberatan(db, { keberatanId: 1, langkah: 'tindak_lanjut', catatan: 'Dicatat dalam D.Kejadian Khusus' }, 'operator', clock);
    expect(r.ok && r.value.langkah.map((l) => l.langkah)).toEqual(['ditolak', 'rekomendasi', 'tindak_lanjut']);
    expect(daftarKeberatan(db)).toHaveLength(1);
  });

  it('refuses an objection on a number without its cell, an unknown row, and a correction on an approved desa', () => {
    expect(ajukanKeberatan(db, { jenis: 'keberatan', pokok: 'angka', pengajuId: 1, uraian: 'x' }, 'o', clock)).toMatchObject({ ok: false, error: { kode: 'sel-kurang' } });
    // At a PPK a number is a TPS's: a desa's row without its TPS is not one (only a kecamatan's, at kabupaten level).
    expect(ajukanKeberatan(db, { jenis: 'keberatan', pokok: 'angka', pengajuId: 1, desaKode: '1101012001', suratSuara: 'PPWP', baris: 'suara_1', uraian: 'x' }, 'o', clock)).toMatchObject({ ok: false, error: { kode: 'sel-kurang', pesan: 'Keberatan atas angka harus menunjuk TPS, surat suara dan baris.' } });
    expect(ajukanKeberatan(db, { jenis: 'keberatan', pokok: 'angka', pengajuId: 1, tpsKode: TPS, suratSuara: 'PPWP', baris: 'suara_9', uraian: 'x' }, 'o', clock)).toMatchObject({ ok: false, error: { kode: 'baris-tidak-dikenal' } });
    keberatanAngka();
    for (const status of ['dibaca', 'dicocokkan', 'disahkan'] as const) majukanTinjauan(db, { desaKode: '1101012001', jenis: 'PPWP', status }, 'o', clock);
    expect(langkahKeberatan(db, { keberatanId: 1, langkah: 'diterima', koreksi: { nilaiBaru: 28, pemutus: 'Rapat', parafKetua: 'A', parafSaksi: 'B' } }, 'o', clock)).toMatchObject({ ok: false, error: { kode: 'unit-disahkan' } });
    expect(daftarKoreksi(db)).toEqual([]);
    expect(daftarKeberatan(db)[0]!.status).toBe('diajukan');
  });
});

describe('catatHitungUlang', () => {
  it('records the legal ground, box times and recounted values as source hitung_ulang linked to the objection', () => {
    keberatanAngka();
    expect(catatHitungUlang(db, { keberatanId: 1, tpsKode: TPS, jenis: 'PPWP', dasar: 'h', kotakDibukaPada: '2024-02-16T03:00:00Z', kotakDisegelPada: '2024-02-16T02:00:00Z', nilai: { suara_1: 27 } }, 'o', clock)).toMatchObject({ ok: false, error: { kode: 'waktu-tidak-valid' } });
    expect(catatHitungUlang(db, { keberatanId: 1, tpsKode: '1101012001002', jenis: 'PPWP', dasar: 'h', kotakDibukaPada: '2024-02-16T03:00:00Z', kotakDisegelPada: '2024-02-16T04:00:00Z', nilai: { suara_1: 27 } }, 'o', clock)).toMatchObject({ ok: false, error: { kode: 'isian-tidak-sesuai' } });
    const r = catatHitungUlang(db, { keberatanId: 1, tpsKode: TPS, jenis: 'PPWP', dasar: 'h', kotakDibukaPada: '2024-02-16T03:00:00Z', kotakDisegelPada: '2024-02-16T03:40:00Z', nilai: { suara_1: 27, suara_2: 80 } }, 'operator', clock);
    expect(r).toMatchObject({ ok: true, value: { keberatanId: 1, dasar: 'h', kotakDibukaPada: '2024-02-16T03:00:00.000Z', kotakDisegelPada: '2024-02-16T03:40:00.000Z', nilai: { suara_1: 27, suara_2: 80 } } });
    expect(cellHistory(db, TPS, 'PPWP', 'suara_1').map((v) => v.sumber)).toEqual(['c_hasil', 'hitung_ulang']);
    expect(daftarKoreksi(db).map((k) => [k.baris, k.nilaiLama, k.nilaiBaru, k.sumber, k.keberatanId])).toEqual([
      ['suara_1', 25, 27, 'hitung_ulang', 1],
      ['suara_2', 80, 80, 'hitung_ulang', 1],
    ]);
    expect(listAudit(db).at(-1)!.aksi).toBe('hitung-ulang');
    expect(verifyAuditChain(db)).toBeNull();
  });
});
