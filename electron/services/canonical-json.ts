/**
 * Canonical JSON for hashing: object keys sorted (by UTF-16 code units), no whitespace, `undefined`
 * members dropped, arrays in order. The same data always gives the same text, whatever order the code
 * that built it used.
 */
export function canonicalJson(value: unknown): string {
  // Most of an export (and every file read back with JSON.parse from canonical text) is already in canonical
  // order: then the native serialiser writes the same text, many times faster than the recursion below.
  if (sudahKanonik(value)) return JSON.stringify(value);
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

/**
 * True when JSON.stringify gives the canonical text of the value: only null, booleans, strings, finite numbers,
 * dense arrays and plain objects whose keys are already sorted and whose members are all defined. Anything
 * else (unsorted keys, undefined, NaN, a Date, a sparse array) goes the slow way, which sorts or refuses.
 */
function sudahKanonik(v: unknown): boolean {
  if (v === null) return true;
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(v);
    case 'object':
      break;
    default:
      return false;
  }
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      // Numbers and nulls inline: an export's arrays hold hundreds of thousands of them.
      if (typeof x === 'number' ? !Number.isFinite(x) : x !== null && (!(i in v) || !sudahKanonik(x))) return false;
    }
    return true;
  }
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  const keys = Object.keys(v);
  for (let i = 1; i < keys.length; i++) if (!(keys[i - 1]! < keys[i]!)) return false;
  for (const k of keys) if (!sudahKanonik((v as Record<string, unknown>)[k])) return false;
  return true;
}
