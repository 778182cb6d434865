import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecapApp } from './app-session';
import { dispatch } from './dispatch';
import { folderUji, jamUji } from './testing/election-fixture';
import type { Pewaktu } from './services/backup-schedule';

const resourcesDir = path.resolve(import.meta.dirname, '..', 'resources');
const closers: (() => void)[] = [];
afterEach(() => {
  while (closers.length) closers.pop()!();
});

/** Timers the test fires by hand: the periodic backup without waiting minutes. */
function pewaktuManual(): Pewaktu & { tick(): void; aktif(): number } {
  const tasks = new Map<number, () => void>();
  let next = 1;
  return {
    setInterval: (fn) => {
      tasks.set(next, fn);
      return next++;
    },
    clearInterval: (h) => void tasks.delete(h as number),
    tick: () => [...tasks.values()].forEach((f) => f()),
    aktif: () => tasks.size,
  };
}

function buka(userDataDir: string, events: string[] = [], pewaktu = pewaktuManual()) {
  const app = createRecapApp({ userDataDir, resourcesDir, clock: jamUji(), emit: (e) => events.push(e), log: () => undefined, pewaktu });
  closers.push(() => app.close());
  const call = (method: string, input: unknown) => dispatch(app.handlers, method, input, () => undefined);
  return { app, call, pewaktu };
}

describe('backups in the running app', () => {
  it('backs up at opening, on demand and periodically to the folder the operator sets, keeping settings across restarts', async () => {
    const userData = folderUji();
    const stick = folderUji('pleno-flashdisk-');
    const { call, pewaktu } = buka(userData);
    expect(await call('sesi.demo', {})).toMatchObject({ ok: true });
    // No folder yet: nothing written, and "now" says what to do.
    expect(await call('cadangan.sekarang', {})).toMatchObject({ ok: false, error: { kode: 'folder-cadangan-belum-dipilih' } });
    const set = await call('cadangan.atur', { folder: stick, simpan: 3, selangMenit: 5 });
    expect(set).toMatchObject({ ok: true, value: { pengaturan: { folder: stick, simpan: 3, selangMenit: 5 }, daftar: [] } });
    expect(pewaktu.aktif()).toBe(1);

    const now = await call('cadangan.sekarang', {});
    if (!now.ok) throw new Error(now.error.pesan);
    const keadaan = now.value as { terakhir: { ok: boolean }; daftar: { alasan: string }[] };
    expect(keadaan.terakhir.ok).toBe(true);
    expect(keadaan.daftar.map((d) => d.alasan)).toEqual(['manual']);

    // The periodic backup skips an unchanged database and backs up after a change.
    pewaktu.tick();
    expect(fs.readdirSync(stick).filter((f) => f.endsWith('.cadangan'))).toHaveLength(1);
    await call('tps.simpan', { kodeTps: '3369012002003', jenis: 'PPWP', nilai: { suara_1: 40 } });
    pewaktu.tick();
    const after = await call('cadangan.ambil', {});
    expect((after.ok ? (after.value as { daftar: { alasan: string }[] }).daftar : []).map((d) => d.alasan)).toEqual(['manual', 'berkala']);

    // A restart reads the settings and backs up when the database is opened.
    const again = buka(userData);
    closers.shift()!();
    expect(await again.call('sesi.demo', {})).toMatchObject({ ok: true });
    const list = await again.call('cadangan.ambil', {});
    expect(list).toMatchObject({ ok: true, value: { pengaturan: { folder: stick, simpan: 3, selangMenit: 5 } } });
    expect((list.ok ? (list.value as { daftar: { alasan: string }[] }).daftar : []).map((d) => d.alasan)).toContain('buka-sesi');
  });

  it('restores a backup over the open database, keeps the current file aside and tells every window', async () => {
    const userData = folderUji();
    const stick = folderUji('pleno-flashdisk-');
    const events: string[] = [];
    const { app, call } = buka(userData, events);
    await call('sesi.demo', {});
    await call('cadangan.atur', { folder: stick, simpan: 5, selangMenit: 0 });
    await call('cadangan.sekarang', {});
    const backup = fs.readdirSync(stick).find((f) => f.endsWith('.cadangan'))!;
    await call('tps.simpan', { kodeTps: '3369012002003', jenis: 'PPWP', nilai: { suara_1: 40 } });
    expect(await call('tps.ambil', { kodeTps: '3369012002003', jenis: 'PPWP' })).toMatchObject({ ok: true, value: { efektif: { suara_1: 40 } } });

    events.length = 0;
    const r = await call('cadangan.pulihkan', { berkas: path.join(stick, backup) });
    expect(r).toMatchObject({ ok: true, value: { jumlahTps: 145 } });
    expect(events).toContain('sesi.berubah');
    // The value saved after the backup is gone from the working file; the misread is back.
    expect(await call('tps.ambil', { kodeTps: '3369012002003', jenis: 'PPWP' })).toMatchObject({ ok: true, value: { efektif: { suara_1: 840 } } });
    const aside = fs.readdirSync(path.dirname(app.dbFile)).filter((f) => f.includes('sebelum-pulih'));
    expect(aside).toHaveLength(1);

    // A file that is not a backup is refused and the open database keeps working.
    const junk = path.join(stick, 'bukan.cadangan');
    fs.writeFileSync(junk, 'bukan basis data');
    const bad = await call('cadangan.pulihkan', { berkas: junk });
    expect(bad.ok).toBe(false);
    expect(await call('tps.ambil', { kodeTps: '3369012002003', jenis: 'PPWP' })).toMatchObject({ ok: true, value: { efektif: { suara_1: 840 } } });
  });

  it('backs up when a sitting of the plenary opens and at every approval of a desa', async () => {
    const stick = folderUji('pleno-flashdisk-');
    const { call } = buka(folderUji());
    await call('sesi.demo', {});
    await call('cadangan.atur', { folder: stick, simpan: 5, selangMenit: 0 });
    const alasan = async (): Promise<string[]> => {
      const r = await call('cadangan.ambil', {});
      return r.ok ? (r.value as { daftar: { alasan: string }[] }).daftar.map((d) => d.alasan) : [];
    };
    expect(await alasan()).toEqual([]);
    expect(await call('pleno.ubah', { aksi: 'buka', tempat: 'Aula Kecamatan', ketua: 'Ahmad Fauzi' })).toMatchObject({ ok: true });
    expect(await alasan()).toEqual(['buka-sesi']);
    for (const status of ['dibaca', 'dicocokkan', 'disahkan']) {
      expect(await call('tinjauan.majukan', { desaKode: '3369011001', jenis: 'PPWP', status })).toMatchObject({ ok: true });
    }
    expect(await alasan()).toEqual(['buka-sesi', 'persetujuan']);
  });
});
