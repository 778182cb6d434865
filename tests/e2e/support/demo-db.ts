/**
 * Recap databases for the browser tests, made from the embedded demo (resources/demo) with the same
 * services the app uses: the package, optionally the Sirekap files, optionally C.Hasil sheets as the plenary
 * would have read them. Built once per worker as templates and copied per test (a closed SQLite file is whole).
 */
import fs from 'node:fs';
import path from 'node:path';
import { demoPaths, loadDemoPlano } from '../../../resources/demo/demo-files';
import type { Clock } from '../../../shared/domain/result';
import type { Lembar } from '../../../shared/forms/c-hasil';
import { parsePaketJson } from '../../../shared/paket/parse-paket';
import { createElectionDatabase, openElectionDatabase } from '../../../electron/services/election-service';
import { importSirekapFiles } from '../../../electron/services/sirekap-import-service';
import { saveTpsSheet } from '../../../electron/services/results-service';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const DEMO = demoPaths(path.join(ROOT, 'resources'));
export const PAKET = (() => {
  const r = parsePaketJson(fs.readFileSync(DEMO.paket, 'utf8'));
  if (!r.ok) throw new Error(r.error.pesan);
  return r.value;
})();
export const PLANO: Readonly<Record<string, Lembar>> = loadDemoPlano(fs.readFileSync(DEMO.plano, 'utf8'));

/** What a test starts from. */
export type DataAwal =
  /** The package only: nothing read yet. */
  | 'kosong'
  /** The package and every Sirekap file. */
  | 'sirekap'
  /** Mid-plenary: Sirekap, and the C.Hasil of the desa in PLENO_TERBACA read out. */
  | 'pleno';

/** TPS read in the 'pleno' start: six desa in full, KARANGTENGAH up to TPS 010 (its 003 is a Sirekap misread). */
export const PLENO_TERBACA: readonly string[] = PAKET.desa.flatMap((d, i) => {
  if (d.nama === 'KARANGTENGAH') return d.tps.filter((t) => t.nomor <= 10).map((t) => t.kode);
  return i < 7 && d.nama !== 'KARANGTENGAH' ? d.tps.map((t) => t.kode) : [];
});

/** A clock fixed on the recap day, one second per call. */
export function jamUji(start = '2024-02-20T03:00:00.000Z'): Clock {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

/** Saves the plano sheet of a TPS as read in the plenary. */
export function bacaPlano(db: ReturnType<typeof openElectionDatabase>, kodeTps: string, clock: Clock): void {
  const nilai = PLANO[kodeTps];
  if (!nilai) throw new Error(`no plano for ${kodeTps}`);
  const r = saveTpsSheet(db, { kodeTps, jenis: 'PPWP', nilai, sumber: 'c_hasil', oleh: 'Operator Uji' }, clock);
  if (!r.ok) throw new Error(r.error.pesan);
}

/** Creates a recap database at `file` in the given start state. */
export function buatDbDemo(file: string, data: DataAwal): void {
  const clock = jamUji();
  const made = createElectionDatabase(file, PAKET, clock, { teksPaket: fs.readFileSync(DEMO.paket, 'utf8'), oleh: 'Operator Uji' });
  if (!made.ok) throw new Error(made.error.pesan);
  if (data === 'kosong') return;
  const db = openElectionDatabase(file);
  try {
    const imp = importSirekapFiles(db, [DEMO.sirekapDir], clock);
    if (!imp.ok) throw new Error(imp.error.pesan);
    if (data === 'pleno') for (const kode of PLENO_TERBACA) bacaPlano(db, kode, clock);
  } finally {
    db.close();
  }
}

const templates = new Map<DataAwal, string>();

/** A fresh copy of a template database in `dir`; templates are made once per worker process. */
export function salinDbDemo(dir: string, data: DataAwal, templateDir: string): string {
  let template = templates.get(data);
  if (!template || !fs.existsSync(template)) {
    template = path.join(templateDir, `template-${data}-${process.pid}.db`);
    fs.rmSync(template, { force: true });
    buatDbDemo(template, data);
    templates.set(data, template);
  }
  const file = path.join(dir, 'rekap.db');
  fs.copyFileSync(template, file);
  return file;
}
