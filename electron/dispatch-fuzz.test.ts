// Every method of the contract under malformed input (issue 7, part 5). For each method of METHOD_SCHEMAS,
// fast-check generates valid inputs from the method's own schema (through its JSON Schema, z.toJSONSchema)
// and malformed ones (mutations of valid ones, and arbitrary values of every kind a structured clone can
// carry). dispatch() must hand a handler exactly the valid ones and refuse every other as a value, never
// throw; unknown method names never reach a handler. New methods are covered as they are added.
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { Result } from '../shared/domain/result';
import { METHOD_NAMES, METHOD_SCHEMAS, type Handlers, type MethodName } from '../shared/ipc/contract';
import { dispatch } from './dispatch';

type Skema = Record<string, unknown>;

/** An arbitrary of the values a JSON Schema (as zod writes it) accepts; null where the schema uses something else. */
function dariSkema(s: Skema): fc.Arbitrary<unknown> | null {
  // anyOf for unions and nullables; oneOf for discriminated unions.
  const pilihan = s['anyOf'] ?? s['oneOf'];
  if (Array.isArray(pilihan)) {
    const arbs = (pilihan as Skema[]).map(dariSkema);
    return arbs.every((a) => a !== null) ? fc.oneof(...(arbs as fc.Arbitrary<unknown>[])) : null;
  }
  if ('const' in s) return fc.constant(s['const']);
  // Marked by jsonSchemaOf below: the only custom type of the contract is Uint8Array (a drawn signature).
  if (s['format'] === 'uint8array') return fc.uint8Array({ maxLength: 64 });
  if (Array.isArray(s['enum'])) return fc.constantFrom(...(s['enum'] as unknown[]));
  switch (s['type']) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: (s['minimum'] as number | undefined) ?? -1e9, max: (s['maximum'] as number | undefined) ?? 1e9 });
    case 'number':
      return fc.double({ min: (s['minimum'] as number | undefined) ?? -1e9, max: (s['maximum'] as number | undefined) ?? 1e9, noNaN: true });
    case 'string': {
      const min = (s['minLength'] as number | undefined) ?? 0;
      const max = Math.min((s['maxLength'] as number | undefined) ?? 40, 40);
      if (typeof s['pattern'] === 'string') return fc.stringMatching(new RegExp(s['pattern'])).filter((x) => x.length >= min && x.length <= ((s['maxLength'] as number | undefined) ?? Infinity));
      return fc.string({ minLength: min, maxLength: Math.max(min, max) });
    }
    case 'array': {
      const item = dariSkema(s['items'] as Skema);
      const min = (s['minItems'] as number | undefined) ?? 0;
      return item && fc.array(item, { minLength: min, maxLength: Math.min((s['maxItems'] as number | undefined) ?? min + 4, min + 4) });
    }
    case 'object': {
      const props = (s['properties'] ?? {}) as Record<string, Skema>;
      const extra = s['additionalProperties'];
      if (Object.keys(props).length === 0 && extra !== undefined && extra !== false) {
        const kunci = dariSkema((s['propertyNames'] as Skema | undefined) ?? { type: 'string' });
        const nilai = dariSkema(extra as Skema);
        // "__proto__" is left to its own test below: zod drops it from a record's output.
        return kunci && nilai && fc.dictionary((kunci as fc.Arbitrary<string>).filter((k) => k !== '__proto__'), nilai, { maxKeys: 6 });
      }
      const arbs: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(props)) {
        const a = dariSkema(v);
        if (a === null) return null;
        arbs[k] = a;
      }
      return fc.record(arbs, { requiredKeys: (s['required'] as string[] | undefined) ?? [] });
    }
    default:
      return null;
  }
}

/** The JSON Schema of a method's input; a custom type (z.instanceof(Uint8Array)) is marked so dariSkema can generate it. */
function jsonSchemaOf(m: MethodName): Skema {
  return z.toJSONSchema(METHOD_SCHEMAS[m], {
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'custom') ctx.jsonSchema['format'] = 'uint8array';
    },
  }) as Skema;
}

const SAH = new Map<MethodName, fc.Arbitrary<unknown> | null>(METHOD_NAMES.map((m) => [m, dariSkema(jsonSchemaOf(m))]));

/** Anything a window could send through structured clone, of every kind. */
const apaSaja = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withObjectString: true,
});

interface Ubah {
  readonly jenis: 'kunci-baru' | 'hapus-kunci' | 'ganti-nilai' | 'ganti-semua';
  readonly kunci: string;
  readonly nilai: unknown;
  readonly pilih: number;
}
const ubah: fc.Arbitrary<Ubah> = fc.record({
  jenis: fc.constantFrom('kunci-baru', 'hapus-kunci', 'ganti-nilai', 'ganti-semua'),
  kunci: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'then', 'extra', ''), fc.string({ maxLength: 8 })),
  nilai: fc.oneof(apaSaja, fc.constantFrom(-1, 1000, 2.5, '', 'x'.repeat(5000), [], {}, null, NaN, Infinity)),
  pilih: fc.nat(),
});

/** A valid input with one thing changed: an unknown key, a key missing, a value replaced, or all of it. */
function rusakkan(valid: unknown, u: Ubah): unknown {
  if (u.jenis === 'ganti-semua' || typeof valid !== 'object' || valid === null) return u.nilai;
  const copy: Record<string, unknown> = { ...(valid as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (u.jenis === 'kunci-baru') Object.defineProperty(copy, u.kunci, { value: u.nilai, enumerable: true, configurable: true, writable: true });
  else if (keys.length > 0) {
    const k = keys[u.pilih % keys.length]!;
    if (u.jenis === 'hapus-kunci') delete copy[k];
    else copy[k] = u.nilai;
  }
  return copy;
}

/** A registry whose handlers record what reached them. */
function pencatat(): { handlers: Handlers; seen: { method: string; input: unknown }[] } {
  const seen: { method: string; input: unknown }[] = [];
  const handlers = Object.fromEntries(
    METHOD_NAMES.map((m) => [
      m,
      async (input: unknown): Promise<Result<unknown>> => {
        seen.push({ method: m, input });
        return { ok: true, value: 'dipanggil' };
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, seen };
}

describe('dispatch under generated input, for every method of the contract', () => {
  it('has a generator for the valid input of every method', () => {
    expect(METHOD_NAMES.filter((m) => SAH.get(m) === null)).toEqual([]);
  });

  it.each(METHOD_NAMES)('%s: valid input reaches the handler as sent; anything else is refused as a value (seeded)', async (method) => {
    const valid = SAH.get(method) ?? fc.constant({});
    let ditolak = 0;
    let diterima = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 1, arbitrary: valid.map((v) => ({ v, ubah: null as Ubah | null })) }, { weight: 3, arbitrary: fc.tuple(valid, ubah).map(([v, u]) => ({ v, ubah: u })) }, { weight: 1, arbitrary: apaSaja.map((v) => ({ v, ubah: { jenis: 'ganti-semua', kunci: '', nilai: v, pilih: 0 } as Ubah })) }), async ({ v, ubah: u }) => {
        const input = u === null ? v : rusakkan(v, u);
        const sah = METHOD_SCHEMAS[method].safeParse(input).success;
        const { handlers, seen } = pencatat();
        const logs: string[] = [];
        const r = await dispatch(handlers, method, input, (l) => logs.push(l));
        if (u === null) expect(sah, `generated valid input refused: ${JSON.stringify(input)}`).toBe(true);
        if (sah) {
          diterima++;
          expect(r).toEqual({ ok: true, value: 'dipanggil' });
          expect(seen).toHaveLength(1);
          // The handler gets zod's clean copy (plain objects, known keys), which is valid in itself.
          expect(seen[0]!.input).toEqual(METHOD_SCHEMAS[method].parse(input));
          expect(METHOD_SCHEMAS[method].safeParse(seen[0]!.input).success).toBe(true);
          if (u === null) expect(seen[0]!.input).toEqual(input);
        } else {
          ditolak++;
          expect(seen).toEqual([]);
          expect(r).toMatchObject({ ok: false, error: { kode: 'masukan-tidak-valid', pesan: 'Data yang dikirim tidak sesuai format.' } });
          expect(logs).toHaveLength(1);
        }
      }),
      { seed: 7006, numRuns: 300 },
    );
    expect(diterima).toBeGreaterThan(0);
    expect(ditolak).toBeGreaterThan(0);
    expect(Object.keys(Object.prototype)).toEqual([]); // nothing polluted the prototype of every object
  });

  it('drops a "__proto__" key of a record: it neither reaches the handler nor changes any prototype', async () => {
    // zod skips the key in records (whatever its value) and refuses it as unknown in strict objects.
    const { handlers, seen } = pencatat();
    const nilai = JSON.parse('{"suara_1": 5, "__proto__": {"suara_2": 7, "dicemari": true}}') as Record<string, unknown>;
    const r = await dispatch(handlers, 'tps.simpan', { kodeTps: '1101012001001', jenis: 'PPWP', nilai }, () => undefined);
    expect(r.ok).toBe(true);
    const got = (seen[0]!.input as { nilai: Record<string, unknown> }).nilai;
    expect(Object.entries(got)).toEqual([['suara_1', 5]]);
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
    expect(got['dicemari']).toBeUndefined();
    const top = JSON.parse('{"jenis": "PPWP", "__proto__": {"x": 1}}') as unknown;
    expect(await dispatch(handlers, 'rekap.ambil', top, () => undefined)).toMatchObject({ ok: false, error: { kode: 'masukan-tidak-valid' } });
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('never lets an unknown method name reach a handler (seeded)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'pleno:tps.simpan', 'TPS.SIMPAN')), apaSaja, async (name, input) => {
        fc.pre(!(METHOD_NAMES as readonly string[]).includes(name));
        const { handlers, seen } = pencatat();
        const r = await dispatch(handlers, name, input, () => undefined);
        expect(r).toEqual({ ok: false, error: { kode: 'metode-tidak-dikenal', pesan: 'Permintaan tidak dikenal oleh aplikasi.' } });
        expect(seen).toEqual([]);
      }),
      { seed: 7007, numRuns: 500 },
    );
  });
});
