import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: null }], c: 'x' }, u: undefined })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":1}]},"b":1}');
  });

  it('gives the same text for the same data built in another order', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson(() => 1)).toThrow();
  });

  it('writes the same text on the fast path (already sorted) as by sorting, and still refuses what JSON cannot carry', () => {
    const sortiert = { a: [1, null, 'x', [2, { b: true, c: -0 }]], b: { c: 'é\u2028"', d: [] } };
    const acak = { b: { d: [], c: 'é\u2028"' }, a: [1, null, 'x', [2, { c: -0, b: true }]] };
    expect(canonicalJson(sortiert)).toBe(canonicalJson(acak));
    expect(canonicalJson(sortiert)).toBe('{"a":[1,null,"x",[2,{"b":true,"c":0}]],"b":{"c":"é\u2028\\"","d":[]}}');
    // Integer-like keys come first in a JS object whatever their text order: sorted as text all the same.
    expect(canonicalJson(JSON.parse('{"10":1,"2":2,"a":3}'))).toBe('{"10":1,"2":2,"a":3}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
    expect(canonicalJson([1, undefined])).toBe('[1,null]');
    expect(() => canonicalJson([1, Number.NaN])).toThrow();
    expect(() => canonicalJson({ a: new Date(0) })).not.toThrow();
  });
});
