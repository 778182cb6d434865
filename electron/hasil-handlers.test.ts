import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecapApp } from './app-session';
import { dispatch } from './dispatch';
import { folderUji, jamUji } from './testing/election-fixture';

/** The exchange methods through the registry and dispatch: each level answers its own, refuses the other's. */
const resourcesDir = path.resolve(import.meta.dirname, '..', 'resources');
const paketDemo = path.join(resourcesDir, 'demo', 'paket.json');
const paketKab = path.join(resourcesDir, 'schema', 'contoh-paket-kabupaten.json');
const apps: { close(): void }[] = [];
afterEach(() => {
  while (apps.length) apps.pop()!.close();
});

function app(events: { event: string; payload: unknown }[] = []) {
  const a = createRecapApp({ userDataDir: folderUji(), resourcesDir, clock: jamUji(), emit: (event, payload) => events.push({ event, payload }), log: () => undefined });
  apps.push(a);
  return a;
}

const call = (h: Parameters<typeof dispatch>[0], method: string, input: unknown) => dispatch(h, method, input, () => undefined);

describe('hasil.* and kabupaten.*', () => {
  it('exports at the PPK, refuses the kabupaten methods there; imports at the kabupaten, refuses the PPK methods there', async () => {
    const dir = folderUji();
    const events: { event: string; payload: unknown }[] = [];
    const a = app(events);
    expect((await call(a.handlers, 'sesi.buat', { paket: paketDemo, berkas: path.join(dir, 'kec.rekap') })).ok).toBe(true);
    const berkas = path.join(dir, 'ekspor.json');
    // The sample kabupaten package has the PPWP ballot only: the PPK exports that one.
    const e = await call(a.handlers, 'hasil.ekspor', { berkas, jenis: 'PPWP' });
    expect(e).toMatchObject({ ok: true, value: { berkas, jenis: ['PPWP'] } });
    expect(await call(a.handlers, 'hasil.periksa', { berkas })).toMatchObject({ ok: true, value: { utuh: true, kecamatan: { kode: '336901' } } });
    expect(await call(a.handlers, 'kabupaten.ringkasan', {})).toMatchObject({ ok: false, error: { kode: 'bukan-kabupaten' } });
    // A folder that does not exist: a message, no file.
    expect(await call(a.handlers, 'hasil.ekspor', { berkas: path.join(dir, 'tidak-ada', 'x.json') })).toMatchObject({ ok: false, error: { kode: 'berkas-tidak-tertulis' } });
    // Not a file at all.
    expect(await call(a.handlers, 'hasil.periksa', { berkas: path.join(dir, 'tidak-ada.json') })).toMatchObject({ ok: false, error: { kode: 'hasil-tidak-terbaca' } });

    expect(await call(a.handlers, 'sesi.buat', { paket: paketKab, berkas: path.join(dir, 'kab.rekap') })).toMatchObject({ ok: true, value: { tingkat: 'kabupaten', berkasDb: path.join(dir, 'kab.rekap') } });
    expect(await call(a.handlers, 'pemilihan.ringkasan', {})).toMatchObject({ ok: false, error: { kode: 'tingkat-kabupaten' } });
    expect(await call(a.handlers, 'hasil.ekspor', { berkas: path.join(dir, 'x.json') })).toMatchObject({ ok: false, error: { kode: 'tingkat-kabupaten' } });
    events.length = 0;
    const imp = await call(a.handlers, 'kabupaten.impor', { berkas });
    expect(imp).toMatchObject({ ok: true, value: { status: 'diimpor', kecamatan: '336901' } });
    expect(events.map((x) => x.event)).toEqual(['kabupaten.berubah']);
    expect(await call(a.handlers, 'kabupaten.ringkasan', {})).toMatchObject({ ok: true, value: { kecamatan: [{ kode: '336901', status: 'diimpor' }, { kode: '336902', status: 'belum' }] } });
    // A replacement confirmed for other content than the file now holds is refused, nothing replaced.
    expect(await call(a.handlers, 'kabupaten.impor', { berkas, ganti: true, sha256: '0'.repeat(64) })).toMatchObject({ ok: false, error: { kode: 'berkas-berubah' } });
    const r = await call(a.handlers, 'kabupaten.rekap', { jenis: 'PPWP' });
    expect(r).toMatchObject({ ok: true, value: { rekap: { kecamatan: [{ kode: '336901' }, { kode: '336902', sha256: null }] } } });
    // The projector can be given the kabupaten's ballot.
    expect(await call(a.handlers, 'proyektor.atur', { jenis: 'PPWP' })).toMatchObject({ ok: true, value: { jenis: 'PPWP' } });
  });

  it('passes a suggested file name to the save dialog, and refuses a path in its place', async () => {
    const diminta: [string, string | undefined][] = [];
    const a = createRecapApp({
      userDataDir: folderUji(),
      resourcesDir,
      clock: jamUji(),
      emit: () => undefined,
      log: () => undefined,
      pilihBerkas: async (untuk, nama) => {
        diminta.push([untuk, nama]);
        return [];
      },
    });
    apps.push(a);
    expect(await call(a.handlers, 'berkas.pilih', { untuk: 'simpan-ekspor', nama: 'rekap-hasil-336901-WANAJAYA-PPWP.json' })).toEqual({ ok: true, value: { paths: [] } });
    expect(diminta).toEqual([['simpan-ekspor', 'rekap-hasil-336901-WANAJAYA-PPWP.json']]);
    expect(await call(a.handlers, 'berkas.pilih', { untuk: 'simpan-ekspor', nama: '../../etc/passwd' })).toMatchObject({ ok: false });
    expect(diminta).toHaveLength(1);
  });
});
