import fs from 'node:fs';
import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import { openElectionDatabase } from '../services/election-service';
import type { ArgumenCli } from './args';

// The `print-pleno` command (issue 5): the plenary's documents and every ballot's D.Hasil with the plenary's
// signatories, over the same services as the app. Returns what to print on stdout, or the fault (exit 2).

/** `print-pleno --db FILE --out DIR [--kertas F4|A4]`. */
export async function printPlenoCmd(a: ArgumenCli, clock: Clock): Promise<Result<string>> {
  const file = a.opsi.get('db');
  const out = a.opsi.get('out');
  if (file === undefined || out === undefined) throw new Error('options --db/--out missing after parseArgs');
  const kertas = a.opsi.get('kertas') ?? 'F4';
  if (kertas !== 'F4' && kertas !== 'A4') return gagal('pemakaian-salah', `--kertas: ukuran "${kertas}" tidak dikenal (F4 atau A4)`, 'unknown paper size');
  // Loaded here so the other commands do not load the PDF renderer.
  const { printDHasilPleno, printPlenoDocuments } = await import('../services/pleno-print-service');
  const db = openElectionDatabase(file);
  try {
    fs.mkdirSync(out, { recursive: true });
    const files = [...(await printPlenoDocuments(db, out, clock, { kertas })), ...(await printDHasilPleno(db, out, clock, { kertas }))];
    return ok(files.map((f) => `${f}\n`).join(''));
  } finally {
    db.close();
  }
}
