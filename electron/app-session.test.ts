import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from './dispatch';
import { demoDbFile, openRecapSession, type RecapSession } from './app-session';
import { folderUji, jamUji } from './testing/election-fixture';
import type { EventPayloads, LembarTps } from '../shared/ipc/contract';

const resourcesDir = path.resolve(import.meta.dirname, '..', 'resources');
const sessions: RecapSession[] = [];
afterEach(() => {
  while (sessions.length) sessions.pop()!.close();
});

function open(userDataDir: string, events: unknown[] = []): RecapSession {
  const s = openRecapSession({
    dbFile: null,
    userDataDir,
    resourcesDir,
    clock: jamUji(),
    emit: (event, payload) => events.push({ event, payload }),
    log: () => undefined,
  });
  sessions.push(s);
  return s;
}

describe('the app session on the embedded demo election', () => {
  it('creates the demo database on first start, with every Sirekap file imported', async () => {
    const dir = folderUji();
    const s = open(dir);
    expect(s.dbFile).toBe(demoDbFile(dir));
    const summary = await s.handlers['pemilihan.ringkasan']({});
    expect(summary).toMatchObject({ ok: true, value: { jumlahDesa: 12, jumlahTps: 145 } });
    const rekap = await s.handlers['rekap.ambil']({ jenis: 'PPWP' });
    if (!rekap.ok) throw new Error(rekap.error.pesan);
    expect(rekap.value.desa.every((d) => d.tps.every((t) => t.terisi))).toBe(true);
    // The planted faults of resources/demo/README.md are found.
    const temuan = await s.handlers['temuan.daftar']({});
    if (!temuan.ok) throw new Error(temuan.error.pesan);
    const kode = new Set(temuan.value.map((t) => t.kode));
    for (const k of ['3369011001006', '3369012002003', '3369012004002', '3369012006005', '3369012008004']) expect(kode).toContain(k);
    expect(fs.readdirSync(path.dirname(s.dbFile)).filter((f) => f.endsWith('.menyiapkan'))).toEqual([]);
  });

  it('keeps the operator work across a restart and tells the windows about a save', async () => {
    const dir = folderUji();
    const events: unknown[] = [];
    const first = open(dir, events);
    const saved = await dispatch(first.handlers, 'tps.simpan', { kodeTps: '3369012002003', jenis: 'PPWP', nilai: { suara_1: 40 } }, () => undefined);
    expect(saved.ok).toBe(true);
    // The event carries the saved sheet, as tps.ambil gives it (the projector applies it without reading back).
    if (!saved.ok) throw new Error(saved.error.pesan);
    const payload: EventPayloads['nilai.berubah'] = { kodeTps: ['3369012002003'], jenis: ['PPWP'], lembar: [saved.value as LembarTps] };
    expect(events).toEqual([{ event: 'nilai.berubah', payload }]);
    expect(payload.lembar?.[0]).toMatchObject({ kodeTps: '3369012002003', jenis: 'PPWP', efektif: { suara_1: 40 }, c_hasil: { suara_1: 40 } });
    first.close();
    sessions.pop();

    const again = open(dir);
    const sheet = await again.handlers['tps.ambil']({ kodeTps: '3369012002003', jenis: 'PPWP' });
    expect(sheet).toMatchObject({ ok: true, value: { efektif: { suara_1: 40 }, sirekap: { suara_1: 840 }, c_hasil: { suara_1: 40 } } });
  });

  it('refuses through dispatch what the contract does not allow, leaving the data as it was', async () => {
    const s = open(folderUji());
    const before = await s.handlers['tps.ambil']({ kodeTps: '3369012002003', jenis: 'PPWP' });
    const r = await dispatch(s.handlers, 'tps.simpan', { kodeTps: '3369012002003', jenis: 'PPWP', nilai: { suara_1: 1840 } }, () => undefined);
    expect(r).toMatchObject({ ok: false, error: { kode: 'masukan-tidak-valid' } });
    const unknownRow = await dispatch(s.handlers, 'tps.simpan', { kodeTps: '3369012002003', jenis: 'PPWP', nilai: { suara_9: 1 } }, () => undefined);
    expect(unknownRow.ok).toBe(false);
    expect(await s.handlers['tps.ambil']({ kodeTps: '3369012002003', jenis: 'PPWP' })).toEqual(before);
  });

  it('prints the D.Hasil through the handler with the fonts of the resources folder', async () => {
    const s = open(folderUji());
    const out = folderUji('pleno-cetak-');
    const r = await s.handlers['cetak.dokumen']({ outDir: out });
    if (!r.ok) throw new Error(r.error.pesan);
    // One D.Hasil per ballot of the demo, in the official order.
    expect(r.value.map((f) => path.basename(f))).toEqual(['PPWP', 'DPR', 'DPD', 'DPRD_PROV', 'DPRD_KABKO'].map((j) => `D.HASIL-KECAMATAN-336901-${j}.pdf`));
    expect(fs.readFileSync(r.value[0]!).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
