// Test support (not shipped code): runs a TypeScript script of electron/testing in a child Node process
// (the same Node 22 as the test, with tsx), and waits for lines it prints.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Starts `electron/testing/<script>` with the arguments; stdout and stderr are piped. */
export function jalankanSkrip(script: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'electron', 'testing', script), ...args], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Calls `onLine` for every complete stdout line of the child. */
export function perBaris(child: ChildProcessWithoutNullStreams, onLine: (line: string) => void): void {
  let sisa = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    sisa += chunk;
    let i: number;
    while ((i = sisa.indexOf('\n')) >= 0) {
      const line = sisa.slice(0, i);
      sisa = sisa.slice(i + 1);
      onLine(line);
    }
  });
}

/** Resolves when the child prints `line`; rejects with its stderr if it exits first. */
export function tungguBaris(child: ChildProcessWithoutNullStreams, line: string): Promise<void> {
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (c: string) => (stderr += c));
  return new Promise((resolve, reject) => {
    perBaris(child, (l) => {
      if (l === line) resolve();
    });
    child.once('exit', (code, signal) => reject(new Error(`child exited (${code ?? signal}) before "${line}": ${stderr}`)));
  });
}

/** Resolves with how the child ended. */
export function tungguSelesai(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}
