// The command line (FORMATS.md section 3): `npm run --silent cli -- <command>`. All logic is in
// cli/run-cli.ts so tests run the very same code; this file only connects it to the process.
import { runCli } from './cli/run-cli';

const code = await runCli(
  process.argv.slice(2),
  { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) },
  () => new Date(),
);
process.exitCode = code;
