// Test support (not shipped code): a small package and a fresh recap database in a temp folder.
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Paket } from '../../shared/domain/election';
import { PAKET_CONTOH } from '../../shared/testing/paket-contoh';
import type { Clock } from '../../shared/domain/result';
import { openDatabase } from '../db/open-database';
import { createElectionDatabase } from '../services/election-service';

export { PAKET_CONTOH };

/** PAKET_CONTOH as rekap-paket/2 with DPR (two parties, one with two candidates) and DPRD Kab/Kota added. */
export const PAKET_LEGISLATIF: Paket = {
  ...PAKET_CONTOH,
  format: 'rekap-paket/2',
  surat_suara: [
    ...PAKET_CONTOH.surat_suara,
    {
      jenis: 'DPR',
      dapil: { kode: '1101', nama: 'ACEH I', kursi: 7 },
      peserta: [
        {
          nomor: 1,
          nama: 'PARTAI KEBANGKITAN BANGSA',
          calon: [
            { nomor: 1, nama: 'CALON SATU', sirekap_id: '100121' },
            { nomor: 2, nama: 'CALON DUA', sirekap_id: '100122' },
          ],
        },
        { nomor: 24, nama: 'PARTAI UMMAT', calon: [] },
      ],
    },
    {
      jenis: 'DPRD_KABKO',
      dapil: { kode: '110101', nama: 'ACEH SELATAN 1', kursi: 8 },
      peserta: [{ nomor: 18, nama: 'PARTAI NANGGROE ACEH', calon: [{ nomor: 1, nama: 'CALON LOKAL' }] }],
    },
  ],
};

/** A clock that starts at the given time and moves one second per call, so versions are ordered. */
export function jamUji(start = '2024-02-20T08:00:00.000Z'): Clock {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}

export function folderUji(prefix = 'pleno-uji-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Creates a recap database from the package in a new temp folder and opens it. */
export function databaseUji(paket: Paket = PAKET_CONTOH, clock: Clock = jamUji()): { db: Database.Database; file: string; dir: string } {
  const dir = folderUji();
  const file = path.join(dir, 'rekap.db');
  const r = createElectionDatabase(file, paket, clock, { oleh: 'penguji' });
  if (!r.ok) throw new Error(r.error.pesan);
  return { db: openDatabase(file, { create: false }), file, dir };
}

/** A Sirekap TPS file in the public shape. */
export function berkasSirekap(chart: Record<string, number | null>, administrasi: Record<string, number | null> | null): string {
  return JSON.stringify({ chart: { ...chart, null: null }, images: [], administrasi, psu: null, ts: '2024-02-15 10:00:00', status_suara: true, status_adm: true });
}
