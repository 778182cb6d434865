// The app session with the single-instance lock (issue 7): choosing the open database again keeps it
// open; a second app (another window or instance) choosing the same file is told who holds it, and the
// first keeps working.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecapApp } from './app-session';
import { databaseUji, jamUji } from './testing/election-fixture';

const dirs: string[] = [];
const tutup: (() => void)[] = [];
afterEach(() => {
  while (tutup.length) tutup.pop()!();
  while (dirs.length) fs.rmSync(dirs.pop()!, { recursive: true, force: true });
});

function app(): ReturnType<typeof createRecapApp> {
  const a = createRecapApp({ userDataDir: '/nonexistent', resourcesDir: '/nonexistent', clock: jamUji(), emit: () => undefined, log: () => undefined });
  tutup.push(() => a.close());
  return a;
}

describe('the app session and the database lock', () => {
  it('keeps the open database when the operator chooses it again', () => {
    const made = databaseUji();
    made.db.close();
    dirs.push(made.dir);
    const a = app();
    const first = a.sesi.buka(made.file);
    const again = a.sesi.buka(`${made.dir}/./rekap.db`);
    expect(first.ok && again.ok).toBe(true);
    if (first.ok && again.ok) expect(again.value.db).toBe(first.value.db);
    expect(a.db.open).toBe(true);
  });

  it('refuses the file to a second app with the Indonesian message, leaving the first one working', () => {
    const made = databaseUji();
    made.db.close();
    dirs.push(made.dir);
    const a = app();
    expect(a.sesi.buka(made.file).ok).toBe(true);
    const b = app();
    const r = b.sesi.buka(made.file);
    expect(r).toMatchObject({ ok: false, error: { kode: 'db-sedang-dibuka', pesan: expect.stringMatching(/^Basis data ini sedang dibuka oleh aplikasi lain \(/) } });
    expect(a.db.prepare('SELECT count(*) AS n FROM tps').get()).toEqual({ n: 3 });
  });
});
