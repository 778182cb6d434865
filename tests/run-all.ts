/**
 * `npm test`: typecheck, lint, unit/service tests (Vitest) and browser tests (Playwright, when present),
 * then one plain `N passed, N failed` line that CI reads. Typecheck and lint count as one check each.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const artifacts = path.join(root, 'tests', 'artifacts');
mkdirSync(artifacts, { recursive: true });

let passed = 0;
let failed = 0;

function run(title: string, cmd: string, args: string[]): number {
  console.log(`\n=== ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  return r.status ?? 1;
}

function check(title: string, cmd: string, args: string[]): void {
  if (run(title, cmd, args) === 0) passed++;
  else {
    failed++;
    console.log(`!!! ${title} failed`);
  }
}

function countJson(title: string, file: string, status: number, read: (json: unknown) => { passed: number; failed: number }): void {
  if (!existsSync(file)) {
    failed++;
    console.log(`!!! ${title} wrote no report (exit ${status})`);
    return;
  }
  const counts = read(JSON.parse(readFileSync(file, 'utf8')));
  passed += counts.passed;
  failed += counts.failed;
  if (status !== 0 && counts.failed === 0) {
    failed++;
    console.log(`!!! ${title} exited ${status} without failed tests (a suite failed to load?)`);
  }
}

const bin = (name: string): string => path.join(root, 'node_modules', '.bin', name);

check('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('lint', bin('eslint'), ['--max-warnings', '0', '.']);

const vitestReport = path.join(artifacts, 'vitest.json');
rmSync(vitestReport, { force: true });
const vitestStatus = run('unit and service tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]);
countJson('vitest', vitestReport, vitestStatus, (j) => {
  const r = j as { numPassedTests: number; numFailedTests: number; numFailedTestSuites?: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numFailedTestSuites ?? 0) };
});

if (existsSync(path.join(root, 'playwright.config.ts'))) {
  const pwReport = path.join(artifacts, 'playwright.json');
  rmSync(pwReport, { force: true });
  const pwStatus = run('browser tests', bin('playwright'), ['test']);
  countJson('playwright', pwReport, pwStatus, (j) => {
    const s = (j as { stats: { expected: number; unexpected: number; flaky: number } }).stats;
    return { passed: s.expected + s.flaky, failed: s.unexpected };
  });
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
