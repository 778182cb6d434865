// Hostile exchange files at the kabupaten (issue 7, part 4): an export's hash is no secret, so an attacker
// can change the content AND recompute the hash. Such a file passes the integrity check and reaches the
// importer's checks of election, region, shape and totals. Every mutation must either import as a coherent
// export or be refused with a message; a refused file leaves the database as it was; nothing throws, and the
// kabupaten recap still works after whatever was accepted.
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseUji, jamUji } from '../testing/election-fixture';
import { PAKET_KABUPATEN_CONTOH } from '../../shared/testing/paket-contoh';
import { auditHead } from './audit-service';
import { canonicalJson } from './canonical-json';
import { eksporRekapHasil, hashIsi } from './exchange-service';
import { createKabupatenDatabase, imporHasil, openKabupatenDatabase, recapKabupaten } from './kabupaten-service';
import { saveTpsSheet } from './results-service';

const clock = jamUji();
let dir: string;
let kab: ReturnType<typeof openKabupatenDatabase>;
let asli: Record<string, unknown>;

beforeAll(() => {
  const ppk = databaseUji();
  dir = ppk.dir;
  for (const [kodeTps, nilai] of [
    ['1101012001001', { suara_1: 10, suara_2: 20, suara_3: 5, suara_sah: 35, suara_tidak_sah: 1, suara_total: 36 }],
    ['1101012002001', { suara_1: 7, suara_2: 8, suara_3: 9, suara_sah: 24, suara_tidak_sah: 0, suara_total: 24 }],
  ] as const) {
    const r = saveTpsSheet(ppk.db, { kodeTps, jenis: 'PPWP', nilai, sumber: 'c_hasil', oleh: 'uji' }, clock);
    if (!r.ok) throw new Error(r.error.pesan);
  }
  asli = eksporRekapHasil(ppk.db, 'PPWP').dokumen as unknown as Record<string, unknown>;
  ppk.db.close();
  const paketKab = PAKET_KABUPATEN_CONTOH;
  const file = path.join(dir, 'kab.rekap');
  const made = createKabupatenDatabase(file, JSON.stringify(paketKab), clock);
  if (!made.ok) throw new Error(made.error.pesan);
  kab = openKabupatenDatabase(file);
});
afterAll(() => {
  kab.db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function keadaan(db: Database.Database): string {
  const n = (db.prepare('SELECT count(*) AS n FROM hasil_kecamatan').get() as { n: number }).n;
  return `${n}:${auditHead(db)?.hash ?? '-'}`;
}

/** Every path into a JSON value (objects and arrays), the root excluded. */
function jalur(v: unknown, awal: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const p = [...awal, Array.isArray(v) ? Number(k) : k];
      out.push(p);
      jalur(x, p, out);
    }
  }
  return out;
}

/** A deep copy with the value at `p` replaced (or removed when `baru` is undefined). */
function ubah(doc: unknown, p: readonly (string | number)[], baru: unknown): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let o = copy as Record<string | number, unknown>;
  for (const k of p.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  const last = p[p.length - 1]!;
  if (baru === undefined) {
    if (Array.isArray(o)) o.splice(last as number, 1);
    else delete o[last];
  } else o[last] = baru;
  return copy;
}

/** The file an attacker would write: the changed content with a freshly computed hash. */
function berkasDenganHashBaru(doc: unknown): string {
  const o = doc as Record<string, unknown>;
  return `${canonicalJson({ ...o, sha256: hashIsi(o) })}\n`;
}

describe('hostile rekap-hasil files at the kabupaten', () => {
  it('imports or refuses every content mutation with a recomputed hash, never half-writing or throwing', () => {
    const semua = jalur(asli).filter((p) => p[0] !== 'sha256');
    const nilaiAneh = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(-1, 1e12, 1.5, '12', '', null, true, [], {}, Number.MAX_SAFE_INTEGER),
      fc.constant(undefined),
    );
    let diterima = 0;
    let ditolak = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: semua.length - 1 }), nilaiAneh, (i, baru) => {
        const teks = berkasDenganHashBaru(ubah(asli, semua[i]!, baru));
        const sebelum = keadaan(kab.db);
        const r = imporHasil(kab.db, kab.paket, teks, clock, { namaBerkas: 'ekspor.json', ganti: true });
        if (r.ok) {
          diterima++;
          // Whatever was accepted must still recap without throwing.
          recapKabupaten(kab.db, kab.paket, 'PPWP');
        } else {
          ditolak++;
          expect(r.error.pesan.length).toBeGreaterThan(0);
          expect(keadaan(kab.db)).toBe(sebelum);
        }
      }),
      { numRuns: 600, seed: 20240214 },
    );
    expect(ditolak).toBeGreaterThan(0);
    expect(diterima + ditolak).toBe(600);
  });

  it('refuses damaged text without a recomputed hash: truncated, bytes flipped, not JSON', () => {
    const teks = berkasDenganHashBaru(asli);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: teks.length - 1 }), fc.integer({ min: 0, max: 255 }), fc.boolean(), (pos, byte, potong) => {
        const rusak = potong ? teks.slice(0, pos) : `${teks.slice(0, pos)}${String.fromCharCode(byte)}${teks.slice(pos + 1)}`;
        if (rusak === teks) return;
        const sebelum = keadaan(kab.db);
        const r = imporHasil(kab.db, kab.paket, rusak, clock, { namaBerkas: 'ekspor.json', ganti: true });
        // Whitespace or a same-value byte can leave the content intact; anything else is refused.
        if (!r.ok) expect(keadaan(kab.db)).toBe(sebelum);
        else expect(JSON.parse(rusak)).toBeTruthy();
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
