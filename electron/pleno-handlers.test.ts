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

const TPS = '3369011001001';
const DESA = '3369011001';

describe('the plenary methods of the handler registry', () => {
  it('run a sitting, attendance, an accepted objection with its correction and a refused signature over the real services', async () => {
    const events: { event: string; payload: unknown }[] = [];
    const a = createRecapApp({ userDataDir: folderUji(), resourcesDir, clock: jamUji(), emit: (event, payload) => events.push({ event, payload }), log: () => undefined, pilihBerkas: async () => [] });
    apps.push(a);
    const call = (method: string, input: unknown) => dispatch(a.handlers, method, input, () => undefined);
    expect(await call('pleno.ambil', {})).toMatchObject({ ok: false, error: { kode: 'belum-ada-basis-data' } });
    await call('sesi.buat', { paket: paketDemo, berkas: path.join(folderUji(), 'pleno.rekap') });
    events.length = 0;

    expect(await call('pleno.ubah', { aksi: 'buka', tempat: 'Aula Kecamatan', ketua: 'Ahmad Fauzi' })).toMatchObject({ ok: true, value: { status: 'berlangsung' } });
    expect(await call('pleno.ubah', { aksi: 'istirahat' })).toMatchObject({ ok: false, error: { kode: 'masukan-tidak-valid' } });
    expect(await call('hadirin.daftarkan', { nama: 'Budi', unsur: 'saksi', peserta: { jenis: 'PPWP', nomor: 1 }, nomorSurat: 'M-01' })).toMatchObject({ ok: true, value: { id: 1 } });
    expect(await call('hadirin.catat', { hadirinId: 1, jenis: 'datang' })).toMatchObject({ ok: true });
    await call('tps.simpan', { kodeTps: TPS, jenis: 'PPWP', nilai: { suara_1: 25 } });
    const k = await call('keberatan.ajukan', { jenis: 'keberatan', pokok: 'angka', pengajuId: 1, tpsKode: TPS, suratSuara: 'PPWP', baris: 'suara_1', uraian: 'Salinan saksi 28' });
    expect(k).toMatchObject({ ok: true, value: { id: 1, desaKode: DESA } });
    events.length = 0;
    expect(await call('keberatan.langkah', { keberatanId: 1, langkah: 'diterima', koreksi: { nilaiBaru: 28, pemutus: 'Rapat pleno', parafKetua: 'Ahmad Fauzi', parafSaksi: 'Budi' } })).toMatchObject({ ok: true, value: { status: 'diterima' } });
    expect(events.map((e) => e.event)).toEqual(['pleno.berubah', 'nilai.berubah']);
    const sheet = await call('tps.ambil', { kodeTps: TPS, jenis: 'PPWP' });
    expect(sheet.ok && (sheet.value as { efektif: Record<string, number> }).efektif.suara_1).toBe(28);

    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    expect(await call('tanda-tangan.catat', { dokumen: 'D.HASIL-PPWP', hadirinId: 1, status: 'ditandatangani', gambar: png })).toMatchObject({ ok: true });
    expect(await call('tanda-tangan.catat', { dokumen: 'D.HASIL-PPWP', hadirinId: 1, status: 'menolak', alasan: 'Belum sesuai' })).toMatchObject({ ok: true, value: { status: 'menolak', keberatanId: 2 } });
    expect(await call('tinjauan.majukan', { desaKode: DESA, jenis: 'PPWP', status: 'dibaca' })).toMatchObject({ ok: true });

    const r = await call('pleno.ambil', {});
    expect(r).toMatchObject({
      ok: true,
      value: {
        keadaan: { status: 'berlangsung' },
        hadirin: [{ nama: 'Budi', hadir: true }],
        tinjauan: [{ desaKode: DESA, status: 'dibaca' }],
        keberatan: [{ id: 1, koreksi: [{ nilaiLama: 25, nilaiBaru: 28 }] }, { id: 2, jenis: 'kejadian_khusus' }],
      },
    });
  });

  it('resume exactly where the plenary stopped when the app is closed and the database opened again', async () => {
    const file = path.join(folderUji(), 'pleno.rekap');
    const mulai = (): ReturnType<typeof createRecapApp> => {
      const a = createRecapApp({ userDataDir: folderUji(), resourcesDir, clock: jamUji(), emit: () => undefined, log: () => undefined, pilihBerkas: async () => [] });
      apps.push(a);
      return a;
    };
    const a = mulai();
    const call = (method: string, input: unknown) => dispatch(a.handlers, method, input, () => undefined);
    await call('sesi.buat', { paket: paketDemo, berkas: file });
    await call('pleno.ubah', { aksi: 'buka', tempat: 'Aula', ketua: 'Ahmad Fauzi' });
    await call('hadirin.daftarkan', { nama: 'Budi', unsur: 'saksi', peserta: { jenis: 'PPWP', nomor: 1 }, nomorSurat: 'M-01' });
    await call('hadirin.catat', { hadirinId: 1, jenis: 'datang' });
    await call('hadirin.catat', { hadirinId: 1, jenis: 'duduk' });
    await call('tinjauan.majukan', { desaKode: DESA, jenis: 'PPWP', status: 'dibaca' });
    await call('pleno.ubah', { aksi: 'skors', alasan: 'Sirekap tidak dapat diakses' });
    const sebelum = await call('pleno.ambil', {});
    apps.pop()!.close();

    const b = mulai();
    expect(await dispatch(b.handlers, 'sesi.buka', { berkas: file }, () => undefined)).toMatchObject({ ok: true });
    const sesudah = await dispatch(b.handlers, 'pleno.ambil', {}, () => undefined);
    expect(sesudah).toEqual(sebelum);
    expect(sesudah).toMatchObject({ ok: true, value: { keadaan: { status: 'diskors' }, hadirin: [{ hadir: true, duduk: true }], tinjauan: [{ status: 'dibaca' }] } });
    expect(await dispatch(b.handlers, 'pleno.ubah', { aksi: 'lanjut' }, () => undefined)).toMatchObject({ ok: true, value: { status: 'berlangsung' } });
  });
});
