import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseUji, folderUji, jamUji } from '../testing/election-fixture';
import {
  bacaPengaturanCadangan,
  buatPencadang,
  JadwalCadangan,
  PENGATURAN_CADANGAN_BAWAAN,
  simpanPengaturanCadangan,
  type PengaturanCadangan,
  type Pewaktu,
} from './backup-schedule';
import { listBackups } from './backup-service';
import { saveTpsSheet } from './results-service';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) fs.rmSync(dirs.pop()!, { recursive: true, force: true });
});

/** A timer that fires only when the test says so. */
function pewaktuUji(): Pewaktu & { readonly aktif: Map<number, { fn: () => void; ms: number }>; tick(): void } {
  const aktif = new Map<number, { fn: () => void; ms: number }>();
  let next = 1;
  return {
    aktif,
    setInterval(fn, ms) {
      aktif.set(next, { fn, ms });
      return next++;
    },
    clearInterval(h) {
      aktif.delete(h as number);
    },
    tick() {
      for (const t of [...aktif.values()]) t.fn();
    },
  };
}

describe('JadwalCadangan', () => {
  it('runs its task every interval between start and stop; start and stop are idempotent', () => {
    const p = pewaktuUji();
    let n = 0;
    const j = new JadwalCadangan(() => n++, 600_000, p);
    expect(j.berjalan).toBe(false);
    j.start();
    j.start();
    expect([...p.aktif.values()].map((t) => t.ms)).toEqual([600_000]);
    p.tick();
    p.tick();
    expect(n).toBe(2);
    j.stop();
    j.stop();
    expect(j.berjalan).toBe(false);
    p.tick();
    expect(n).toBe(2);
    expect(() => new JadwalCadangan(() => undefined, 0, p)).toThrow();
  });
});

describe('buatPencadang', () => {
  function siapkan(pengaturan: Partial<PengaturanCadangan> = {}) {
    const made = databaseUji();
    dirs.push(made.dir);
    const folder = path.join(made.dir, 'flashdisk');
    fs.mkdirSync(folder);
    const logs: string[] = [];
    const p = pewaktuUji();
    let atur: PengaturanCadangan = { ...PENGATURAN_CADANGAN_BAWAAN, folder, ...pengaturan };
    const clock = jamUji('2024-02-20T08:00:00.000Z');
    const pencadang = buatPencadang({ db: made.db, dbFile: made.file, clock, pengaturan: () => atur, log: (l) => logs.push(l), pewaktu: p });
    return { ...made, folder, logs, p, pencadang, clock, setAtur: (a: PengaturanCadangan) => (atur = a) };
  }

  it('backs up at session open and at approval, each kept under its own reason', () => {
    const s = siapkan();
    const a = s.pencadang.saatBukaSesi();
    const b = s.pencadang.saatPersetujuan();
    expect(a?.ok && b?.ok).toBe(true);
    expect(listBackups(s.folder, s.file).map((x) => x.alasan)).toEqual(['buka-sesi', 'persetujuan']);
    expect(s.pencadang.status).toMatchObject({ hasil: { ok: true, value: { alasan: 'persetujuan' } } });
    expect(s.logs.every((l) => l.startsWith('backup ('))).toBe(true);
    s.db.close();
  });

  it('backs up every N minutes while the database changes, skipping ticks where nothing changed', () => {
    const s = siapkan({ selangMenit: 5 });
    s.pencadang.mulaiBerkala();
    expect([...s.p.aktif.values()].map((t) => t.ms)).toEqual([5 * 60_000]);
    s.p.tick(); // first tick: nothing backed up yet in this session
    s.p.tick(); // unchanged: skipped
    expect(listBackups(s.folder, s.file)).toHaveLength(1);
    const r = saveTpsSheet(s.db, { kodeTps: '1101012001001', jenis: 'PPWP', nilai: { suara_1: 12 }, sumber: 'c_hasil', oleh: 'Operator' }, s.clock);
    expect(r.ok).toBe(true);
    s.p.tick();
    expect(listBackups(s.folder, s.file).map((x) => x.alasan)).toEqual(['berkala', 'berkala']);
    s.pencadang.berhenti();
    expect(s.p.aktif.size).toBe(0);
    s.db.close();
  });

  it('does nothing without a folder, and logs (never throws) when the stick is gone or the database closed', () => {
    const s = siapkan({ folder: null });
    expect(s.pencadang.saatBukaSesi()).toBeNull();
    expect(s.pencadang.sekarang()).toBeNull();
    s.setAtur({ ...PENGATURAN_CADANGAN_BAWAAN, folder: path.join(s.dir, 'dicabut') });
    expect(s.pencadang.sekarang()).toMatchObject({ ok: false, error: { kode: 'folder-cadangan-tidak-ada' } });
    expect(s.pencadang.status).toMatchObject({ hasil: { ok: false } });
    s.setAtur({ ...PENGATURAN_CADANGAN_BAWAAN, folder: s.folder, selangMenit: 1 });
    s.pencadang.mulaiBerkala();
    s.db.close();
    expect(() => s.p.tick()).not.toThrow();
    expect(s.logs.at(-1)).toMatch(/failed/);
    s.pencadang.berhenti();
  });

  it('turns the periodic backup off with 0 minutes', () => {
    const s = siapkan({ selangMenit: 0 });
    s.pencadang.mulaiBerkala();
    expect(s.p.aktif.size).toBe(0);
    s.db.close();
  });
});

describe('backup settings', () => {
  it('reads the defaults, then what was saved; refuses malformed settings with the reason', () => {
    const dir = folderUji();
    dirs.push(dir);
    expect(bacaPengaturanCadangan(dir)).toEqual({ pengaturan: PENGATURAN_CADANGAN_BAWAAN, masalah: null });
    const p: PengaturanCadangan = { folder: 'E:\\Cadangan PPK', simpan: 30, selangMenit: 15 };
    simpanPengaturanCadangan(dir, p);
    expect(bacaPengaturanCadangan(dir)).toEqual({ pengaturan: p, masalah: null });
    expect(() => simpanPengaturanCadangan(dir, { ...p, simpan: 0 })).toThrow();
    fs.writeFileSync(path.join(dir, 'pengaturan-cadangan.json'), '{"folder": 3}');
    const r = bacaPengaturanCadangan(dir);
    expect(r.pengaturan).toEqual(PENGATURAN_CADANGAN_BAWAAN);
    expect(r.masalah).toContain('folder');
    fs.writeFileSync(path.join(dir, 'pengaturan-cadangan.json'), 'bukan json');
    expect(bacaPengaturanCadangan(dir).masalah).toContain('JSON');
  });
});
