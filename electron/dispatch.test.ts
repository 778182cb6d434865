import { describe, expect, it } from 'vitest';
import { dispatch } from './dispatch';
import type { Handlers } from '../shared/ipc/contract';
import { ok } from '../shared/domain/result';

// A registry whose handlers record what reached them: dispatch must let through only valid input.
function registry(seen: unknown[]): Handlers {
  const h = async (input: unknown) => {
    seen.push(input);
    if ((input as { outDir?: string }).outDir === 'boom') throw new Error('disk on fire');
    return ok([] as never);
  };
  return new Proxy({} as Handlers, { get: () => h });
}

describe('dispatch', () => {
  it('refuses an unknown method without calling anything', async () => {
    const seen: unknown[] = [];
    const logs: string[] = [];
    const r = await dispatch(registry(seen), 'fs.hapusSemua', {}, (l) => logs.push(l));
    expect(r).toMatchObject({ ok: false, error: { kode: 'metode-tidak-dikenal' } });
    expect(seen).toEqual([]);
    expect(logs[0]).toContain('unknown IPC method');
  });

  it.each([
    ['rekap.ambil', { jenis: 'PRESIDEN' }],
    ['rekap.ambil', {}],
    ['rekap.ambil', null],
    ['rekap.ambil', { jenis: 'PPWP', extra: 1 }],
    ['tps.ambil', { kodeTps: '123', jenis: 'PPWP' }],
    ['tps.simpan', { kodeTps: '1101012001001', jenis: 'PPWP', nilai: { suara_1: 1000 } }],
    ['tps.simpan', { kodeTps: '1101012001001', jenis: 'PPWP', nilai: { suara_1: -1 } }],
    ['tps.simpan', { kodeTps: '1101012001001', jenis: 'PPWP', nilai: { suara_1: 2.5 } }],
    ['tps.simpan', { kodeTps: '1101012001001', jenis: 'PPWP', nilai: { suara_1: '25' } }],
    ['sirekap.impor', { paths: [] }],
    ['sirekap.impor', { paths: 'C:/data' }],
  ])('refuses malformed input to %s: %j', async (method, input) => {
    const seen: unknown[] = [];
    const r = await dispatch(registry(seen), method, input, () => undefined);
    expect(r).toMatchObject({ ok: false, error: { kode: 'masukan-tidak-valid' } });
    expect(seen).toEqual([]);
  });

  it('passes valid input through and turns an exception into a value', async () => {
    const seen: unknown[] = [];
    expect(await dispatch(registry(seen), 'rekap.ambil', { jenis: 'PPWP' }, () => undefined)).toEqual({ ok: true, value: [] });
    expect(seen).toEqual([{ jenis: 'PPWP' }]);
    const logs: string[] = [];
    const r = await dispatch(registry(seen), 'cetak.dokumen', { outDir: 'boom' }, (l) => logs.push(l));
    expect(r).toMatchObject({ ok: false, error: { kode: 'galat-internal', detail: 'Error: disk on fire' } });
    expect(logs[0]).toContain('disk on fire');
  });
});
