import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecapApp } from './app-session';
import { dispatch } from './dispatch';
import { folderUji, jamUji } from './testing/election-fixture';

const resourcesDir = path.resolve(import.meta.dirname, '..', 'resources');
const paketDemo = path.join(resourcesDir, 'demo', 'paket.json');
const apps: { close(): void }[] = [];
afterEach(() => {
  while (apps.length) apps.pop()!.close();
});

function app(jawaban: string[][] = [], events: { event: string; payload: unknown }[] = []) {
  const a = createRecapApp({
    userDataDir: folderUji(),
    resourcesDir,
    clock: jamUji(),
    emit: (event, payload) => events.push({ event, payload }),
    log: () => undefined,
    pilihBerkas: async () => jawaban.shift() ?? [],
  });
  apps.push(a);
  return a;
}

const call = (h: Parameters<typeof dispatch>[0], method: string, input: unknown) => dispatch(h, method, input, () => undefined);

describe('the handler registry', () => {
  it('answers data methods with a value when no database is open, and opens one made from a package', async () => {
    const events: { event: string; payload: unknown }[] = [];
    const a = app([], events);
    expect(await call(a.handlers, 'pemilihan.ringkasan', {})).toMatchObject({ ok: false, error: { kode: 'belum-ada-basis-data' } });
    const file = path.join(folderUji(), 'baru.rekap');
    const r = await call(a.handlers, 'sesi.buat', { paket: paketDemo, berkas: file });
    expect(r).toMatchObject({ ok: true, value: { berkasDb: file, jumlahTps: 145 } });
    expect(events.map((e) => e.event)).toEqual(['proyektor.berubah', 'sesi.berubah']);
    const k = await call(a.handlers, 'kemajuan.ambil', { jenis: 'PPWP' });
    expect(k.ok && (k.value as { terisi: number }[]).every((x) => x.terisi === 0)).toBe(true);
    // Never over an existing database.
    expect(await call(a.handlers, 'sesi.buat', { paket: paketDemo, berkas: file })).toMatchObject({ ok: false });
    expect(await call(a.handlers, 'sesi.buka', { berkas: paketDemo })).toMatchObject({ ok: false });
    expect(a.dbFile).toBe(file);
  });

  it('passes the dialog answer through, and a cancelled dialog is an empty list', async () => {
    const a = app([['/x/y.json']]);
    expect(await call(a.handlers, 'berkas.pilih', { untuk: 'paket' })).toEqual({ ok: true, value: { paths: ['/x/y.json'] } });
    expect(await call(a.handlers, 'berkas.pilih', { untuk: 'sirekap' })).toEqual({ ok: true, value: { paths: [] } });
    expect((await call(a.handlers, 'berkas.pilih', { untuk: 'semua' })).ok).toBe(false);
  });

  it('holds the projector state and tells every window when it changes', async () => {
    const events: { event: string; payload: unknown }[] = [];
    const a = app([], events);
    await call(a.handlers, 'sesi.demo', {});
    events.length = 0;
    await call(a.handlers, 'proyektor.lapor', { jumlahHalaman: { suara: 3, pemilih: 2, surat: 1 } });
    const r = await call(a.handlers, 'proyektor.atur', { tampilan: 'desa', kodeDesa: '3369012002' });
    expect(r).toMatchObject({ ok: true, value: { tampilan: 'desa', kodeDesa: '3369012002', halaman: 0 } });
    await call(a.handlers, 'proyektor.atur', { geser: 1 });
    expect(await call(a.handlers, 'proyektor.ambil', {})).toMatchObject({ ok: true, value: { bagian: 'suara', halaman: 1 } });
    expect(events.filter((e) => e.event === 'proyektor.berubah')).toHaveLength(3);
    // Nothing changes: no event.
    await call(a.handlers, 'proyektor.atur', { bagian: 'suara', halaman: 1 });
    expect(events.filter((e) => e.event === 'proyektor.berubah')).toHaveLength(3);
    expect((await call(a.handlers, 'proyektor.atur', { kodeDesa: '12' })).ok).toBe(false);
    expect((await call(a.handlers, 'proyektor.atur', { geser: 2 })).ok).toBe(false);
  });
});
