// Test support (not shipped code): runs the command line in process and collects what it printed.
import type { Clock } from '../../shared/domain/result';
import { runCli } from '../cli/run-cli';

export interface KeluaranCli {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** `runCli` with stdout and stderr captured, as the tests of the command line read them. */
export async function jalankanCli(argv: readonly string[], clock: Clock): Promise<KeluaranCli> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) }, clock);
  return { code, out, err };
}
