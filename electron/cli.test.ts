import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The thin entry connects runCli to the process: argv in, text out, exit code as the process's status.
describe('electron/cli.ts', () => {
  it('exits 2 with the fault on stderr for an unknown command, and 0 for --help', () => {
    const entry = path.join(__dirname, 'cli.ts');
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], { encoding: 'utf8', cwd: path.join(__dirname, '..') });
    const bad = run('hitung');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('pleno-rekap: perintah tidak dikenal: "hitung"');
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Pemakaian: npm run --silent cli -- <perintah> [opsi]');
  });
});
