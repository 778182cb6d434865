// The preload exposes only the contract (issue 7, part 5): one `window.api` with `call` and `on`, which reach
// only the contract's channels. Runs against the recording stand-in of `electron`.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { channelOf, EVENT_NAMES, METHOD_NAMES } from '../shared/ipc/names';
import { buatElectronPalsu, type CatatanElectron } from './testing/fake-electron';

const palsu = vi.hoisted(() => ({ current: null as null | { modul: Record<string, unknown> } }));
vi.mock('electron', () => {
  if (!palsu.current) throw new Error('fake electron not set up');
  return palsu.current.modul;
});

interface Api {
  call(method: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

let catatan: CatatanElectron;
let api: Api;
beforeAll(async () => {
  const fake = buatElectronPalsu({ userData: '/nonexistent', appPath: '/nonexistent', displays: 1, singleInstance: true });
  palsu.current = fake;
  catatan = fake.catatan;
  await import('./preload');
  api = catatan.exposed.get('api') as Api;
});

describe('preload', () => {
  it('exposes one object, window.api, with call and on only', () => {
    expect([...catatan.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['call', 'on']);
  });

  it('sends a contract method to its channel and nothing else anywhere', async () => {
    for (const m of METHOD_NAMES) await api.call(m, { x: 1 });
    expect(catatan.invoked.map((i) => i.channel)).toEqual(METHOD_NAMES.map(channelOf));
    catatan.invoked.length = 0;
    for (const bad of ['fs.hapus', 'pleno:tps.simpan', '__proto__', 'constructor', 'toString', '', 'tps.simpan ']) {
      expect(await api.call(bad, {})).toEqual({ ok: false, error: { kode: 'metode-tidak-dikenal', pesan: 'Permintaan tidak dikenal oleh aplikasi.' } });
    }
    expect(catatan.invoked).toEqual([]);
  });

  it('listens only to contract events, and unsubscribes', () => {
    const got: unknown[] = [];
    const off = api.on(EVENT_NAMES[0], (p) => got.push(p));
    const listeners = catatan.rendererListeners.get(channelOf(EVENT_NAMES[0]))!;
    expect(listeners).toHaveLength(1);
    (listeners[0] as (e: unknown, p: unknown) => void)({ sender: 'ipc' }, { kodeTps: ['1'] });
    expect(got).toEqual([{ kodeTps: ['1'] }]); // the listener gets the payload, never the IPC event object
    off();
    expect(catatan.rendererListeners.get(channelOf(EVENT_NAMES[0]))).toEqual([]);
    const before = catatan.rendererListeners.size;
    api.on('pleno:apa-saja', () => undefined)();
    expect(catatan.rendererListeners.size).toBe(before);
  });
});
