import { test, expect, bukaKonsol } from './support/fixtures';

// What a compromised or buggy page could send through window.api: every call goes through dispatch() with the
// contract's schemas, exactly as ipcMain does in the app. Nothing malformed reaches a handler or the database.
test.describe('keamanan: masukan dari halaman', () => {
  test('panggilan yang tidak dikenal atau salah bentuk ditolak sebagai nilai, data tidak berubah', async ({ context, rekap }) => {
    const page = await bukaKonsol(context);
    const kode = '3369012002003';
    const sebelum = await rekap.registry.handlers['tps.ambil']({ kodeTps: kode, jenis: 'PPWP' });

    const hasil = await page.evaluate(async (kodeTps) => {
      const api = (window as unknown as { api: { call: (m: string, i: unknown) => Promise<{ ok: boolean; error?: { kode: string } }> } }).api;
      const coba = async (m: string, i: unknown): Promise<string> => {
        const r = await api.call(m, i);
        return r.ok ? 'diterima' : (r.error?.kode ?? '?');
      };
      return [
        await coba('fs.hapusSemua', {}),
        await coba('__proto__', {}),
        await coba('tps.simpan', { kodeTps, jenis: 'PPWP', nilai: { suara_1: 1840 } }),
        await coba('tps.simpan', { kodeTps, jenis: 'PPWP', nilai: { suara_1: '40' } }),
        await coba('tps.simpan', { kodeTps, jenis: 'PPWP', nilai: { suara_1: 40 }, sumber: 'koreksi' }),
        await coba('tps.simpan', { kodeTps: `${kodeTps}'; DROP TABLE nilai; --`, jenis: 'PPWP', nilai: { suara_1: 40 } }),
        await coba('sesi.buka', { berkas: '' }),
        await coba('rekap.ambil', null),
      ];
    }, kode);
    expect(hasil).toEqual([
      'metode-tidak-dikenal',
      'metode-tidak-dikenal',
      'masukan-tidak-valid',
      'masukan-tidak-valid',
      'masukan-tidak-valid',
      'masukan-tidak-valid',
      'masukan-tidak-valid',
      'masukan-tidak-valid',
    ]);
    expect(await rekap.registry.handlers['tps.ambil']({ kodeTps: kode, jenis: 'PPWP' })).toEqual(sebelum);
    // The refusals are logged with their English detail for the operator's log.
    expect(rekap.jembatan.log.filter((l) => l.startsWith('refused')).length).toBe(8);
  });

  test('window.api tidak dapat diganti oleh skrip halaman', async ({ context }) => {
    const page = await bukaKonsol(context);
    const tetap = await page.evaluate(() => {
      const w = window as unknown as { api: unknown };
      const asli = w.api;
      try {
        w.api = { call: () => Promise.resolve({ ok: true }) };
      } catch {
        // strict mode may throw; either way the binding must stay
      }
      return w.api === asli && Object.isFrozen(asli);
    });
    expect(tetap).toBe(true);
  });
});
