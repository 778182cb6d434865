import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

function pesan(argv: string[]): string {
  const r = parseArgs(argv);
  if (r.ok) throw new Error('expected a usage error');
  expect(r.error.kode).toBe('pemakaian-salah');
  return r.error.pesan;
}

describe('parseArgs', () => {
  it('reads options with a separate value or with =, flags and positionals', () => {
    const r = parseArgs(['import-sirekap', '--db', 'a.db', '--oleh=Ketua PPK', 'x', '--json', '--', '--aneh.json']);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.perintah).toBe('import-sirekap');
    expect([...r.value.opsi]).toEqual([['db', 'a.db'], ['oleh', 'Ketua PPK']]);
    expect([...r.value.bendera]).toEqual(['json']);
    expect(r.value.posisi).toEqual(['x', '--aneh.json']);
  });

  it.each<[string[], string]>([
    [[], 'perintah tidak ditulis'],
    [['rekap'], 'perintah tidak dikenal: "rekap" (yang ada: init, import-sirekap, recap, check, print, save-tps, backup, restore, export, verify, import-hasil, audit, print-pleno, paket-saksi)'],
    [['recap', '--db', 'a.db'], 'recap: opsi --surat-suara wajib ditulis'],
    [['check'], 'check: opsi --db wajib ditulis'],
    [['check', '--db'], 'opsi --db memerlukan nilai'],
    [['check', '--db', '--json'], 'opsi --db memerlukan nilai'],
    [['check', '--db=', '--json'], 'opsi --db memerlukan nilai'],
    [['check', '--db', 'a', '--db', 'b'], 'opsi --db ditulis lebih dari sekali'],
    [['check', '--db', 'a', '--json=yes'], 'opsi --json tidak memakai nilai'],
    [['check', '--db', 'a', '--out', 'x'], 'opsi tidak dikenal untuk check: --out'],
    [['check', '--db', 'a', 'lebih'], 'check: argumen tidak dikenal: "lebih"'],
    [['import-sirekap', '--db', 'a'], 'import-sirekap: tulis paling sedikit satu JALUR (berkas atau folder Sirekap)'],
    [['init', '--db', 'a.db'], 'init: opsi --paket wajib ditulis'],
    [['print', '--db', 'a.db'], 'print: opsi --out wajib ditulis'],
  ])('refuses %j', (argv, expected) => {
    expect(pesan(argv)).toBe(expected);
  });
});
