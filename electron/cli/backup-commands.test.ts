import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseUji, jamUji } from '../testing/election-fixture';
import { jalankanCli, type KeluaranCli } from '../testing/cli-uji';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) fs.rmSync(dirs.pop()!, { recursive: true, force: true });
});

const cli = (argv: string[]): Promise<KeluaranCli> => jalankanCli(argv, jamUji('2024-02-20T08:00:00.000Z'));

function siapkan(): { file: string; dir: string } {
  const made = databaseUji();
  made.db.close();
  dirs.push(made.dir);
  return { file: made.file, dir: made.dir };
}

function baris(file: string, sql: string): unknown[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

describe('cli backup and restore', () => {
  it('backs up with rotation (--keep), then restores: the same rows and audit chain, plus the restore row', async () => {
    const { file, dir } = siapkan();
    const out = path.join(dir, 'flashdisk', 'cadangan');
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const save = await cli(['save-tps', '--db', file, '--tps', '1101012001001', '--surat-suara', 'PPWP', `suara_1=${10 + i}`]);
      expect(save.code).toBe(0);
      const b = await cli(['backup', '--db', file, '--out', out, '--keep', '2', '--json']);
      expect(b).toMatchObject({ code: 0, err: '' });
      const j = JSON.parse(b.out) as { berkas: string; sha256: string; dihapus: string[] };
      expect(j.sha256).toBe(createHash('sha256').update(fs.readFileSync(j.berkas)).digest('hex'));
      expect(j.dihapus).toEqual(i === 2 ? [made[0]] : []);
      made.push(j.berkas);
    }
    expect(fs.readdirSync(out).sort()).toEqual(made.slice(1).map((f) => path.basename(f)).sort());

    const diCadangan = baris(made[2]!, 'SELECT * FROM nilai ORDER BY id');
    const auditCadangan = baris(made[2]!, 'SELECT * FROM audit ORDER BY id');
    expect((await cli(['save-tps', '--db', file, '--tps', '1101012001001', '--surat-suara', 'PPWP', 'suara_1=99'])).code).toBe(0);

    const r = await cli(['restore', '--db', file, '--from', made[2]!, '--oleh', 'Ketua PPK']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Basis data .* dipulihkan dari .*\. Basis data sebelumnya disimpan sebagai .*\.sebelum-pulih-\d{8}-\d{6}Z\.bak\.\n$/);
    expect(baris(file, 'SELECT * FROM nilai ORDER BY id')).toEqual(diCadangan);
    const audit = baris(file, 'SELECT * FROM audit ORDER BY id') as { aksi: string; aktor: string; hash_sebelumnya: string }[];
    expect(audit.slice(0, -1)).toEqual(auditCadangan);
    expect(audit.at(-1)).toMatchObject({ aksi: 'pulihkan-cadangan', aktor: 'Ketua PPK', hash_sebelumnya: (auditCadangan.at(-1) as { hash: string }).hash });
    expect((await cli(['check', '--db', file])).code).toBe(0);
  });

  it('refuses bad use with exit code 2 and a message, writing nothing', async () => {
    const { file, dir } = siapkan();
    const before = fs.readdirSync(dir).sort();
    expect(await cli(['backup', '--db', file])).toMatchObject({ code: 2, err: expect.stringContaining('backup: opsi --out wajib ditulis') });
    expect(await cli(['backup', '--db', file, '--out', path.join(dir, 'x'), '--keep', '0'])).toMatchObject({ code: 2, err: expect.stringContaining('--keep: tulis bilangan bulat 1 atau lebih') });
    expect(await cli(['restore', '--db', file, '--from', path.join(dir, 'tidak-ada.cadangan')])).toMatchObject({
      code: 2,
      err: expect.stringContaining('tidak ditemukan'),
    });
    const teks = path.join(dir, 'teks.cadangan');
    fs.writeFileSync(teks, 'bukan cadangan');
    const bad = await cli(['restore', '--db', file, '--from', teks, '--paksa']);
    expect(bad).toMatchObject({ code: 2, out: '' });
    expect(bad.err).toMatch(/^pleno-rekap: Cadangan .*teks\.cadangan tidak dapat dipakai: /);
    fs.rmSync(teks);
    expect(fs.readdirSync(dir).sort()).toEqual(before);
    expect((await cli(['backup', '--db', path.join(dir, 'tidak-ada.db'), '--out', path.join(dir, 'c')])).code).toBe(2);
  });
});
