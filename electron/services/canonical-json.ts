/**
 * Canonical JSON for hashing: object keys sorted (by UTF-16 code units), no whitespace, `undefined`
 * members dropped, arrays in order. The same data always gives the same text, whatever order the code
 * that built it used.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`cannot hash a non-finite number: ${value}`);
    const s = JSON.stringify(value);
    if (s === undefined) throw new TypeError(`cannot hash a ${typeof value}`);
    return s;
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
