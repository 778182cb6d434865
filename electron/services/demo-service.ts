import fs from 'node:fs';
import path from 'node:path';
import { demoPaths } from '../../resources/demo/demo-files';
import { gagal, ok, type Clock, type Result } from '../../shared/domain/result';
import { parsePaketJson } from '../../shared/paket/parse-paket';
import { openDatabase } from '../db/open-database';
import { createElectionDatabase } from './election-service';
import { importSirekapFiles } from './sirekap-import-service';

/**
 * Makes sure the embedded demo election exists as a recap database at `file`: created from
 * resources/demo/paket.json with the demo's Sirekap files of all five ballots imported, as a PPK would start a
 * plenary.
 * An existing demo database is left as it is (the operator's work in it is kept across restarts).
 */
export function ensureDemoDatabase(file: string, resourcesDir: string, clock: Clock): Result<{ readonly file: string; readonly dibuat: boolean }> {
  if (fs.existsSync(file)) return ok({ file, dibuat: false });
  const paths = demoPaths(resourcesDir);
  let teks: string;
  try {
    teks = fs.readFileSync(paths.paket, 'utf8');
  } catch (err) {
    return gagal('demo-tidak-ada', 'Data demo tidak ditemukan di folder aplikasi.', `cannot read ${paths.paket}: ${String(err)}`);
  }
  const paket = parsePaketJson(teks);
  if (!paket.ok) return paket;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Build beside the target and move into place, so a failed import never leaves a half-filled demo.
  const tmp = `${file}.menyiapkan`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
  const made = createElectionDatabase(tmp, paket.value, clock, { teksPaket: teks, oleh: 'demo' });
  if (!made.ok) return made;
  const db = openDatabase(tmp, { create: false });
  try {
    // PPWP files in sirekap/, the other four ballots in Sirekap's contest folders under sirekap-legislatif/.
    const imported = importSirekapFiles(db, [paths.sirekapDir, paths.sirekapLegislatifDir], clock, { oleh: 'demo' });
    if (!imported.ok) return imported;
  } finally {
    db.close();
  }
  fs.renameSync(tmp, file);
  return ok({ file, dibuat: true });
}
