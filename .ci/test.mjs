#!/usr/bin/env node
// Runs every check of `npm test` in order, keeps going after a failure, and ends with one summary
// line: "N passed, N failed", counting each test case and each whole-tree check (format, lint, ...).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url);
// Machine-readable reports of this run, apart from any other run's.
const reports = pathToFileURL(`${mkdtempSync(join(tmpdir(), 'promokit-test-'))}/`);

const vitestCounts = (file) => () => {
  const report = JSON.parse(readFileSync(new URL(file, reports), 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests };
};
const vitest = (project, file) => ({
  command: [
    'pnpm',
    'exec',
    'vitest',
    'run',
    ...project.flatMap((name) => ['--project', name]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${new URL(file, reports).pathname}`,
  ],
  counts: vitestCounts(file),
});

const steps = [
  { name: 'format', command: ['pnpm', 'exec', 'prettier', '--check', '--log-level=warn', '.'] },
  { name: 'lint', command: ['pnpm', 'exec', 'eslint', '.', '--max-warnings=0'] },
  { name: 'typecheck', command: ['pnpm', 'exec', 'tsc', '-p', 'tsconfig.json'] },
  { name: 'build packages', command: ['pnpm', 'run', 'build'] },
  // Each tarball: no test code, every export present, maps with their sources; publint; attw.
  { name: 'packages fit to publish', command: ['node', '.ci/publish-check.mjs'] },
  // The README's app in a fresh Vite project, installed from the tarballs with npm and with pnpm.
  { name: 'fresh installs with npm and pnpm', command: ['node', '.ci/fresh-install.mjs'] },
  // README examples compile against the built packages' types, as in a storefront.
  { name: 'typecheck README examples', command: ['pnpm', 'exec', 'tsc', '-p', 'tsconfig.examples.json'] },
  { name: 'bundle sizes', command: ['node', '.ci/size.mjs'] },
  { name: 'unit tests', ...vitest(['node', 'dom'], 'unit.json') },
  { name: 'stories in Chromium', ...vitest(['storybook'], 'stories.json') },
  {
    name: 'journeys in Chromium',
    command: ['pnpm', '--filter', '@promokit/e2e', 'test', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: new URL('e2e.json', reports).pathname },
    counts: () => {
      const { stats } = JSON.parse(readFileSync(new URL('e2e.json', reports), 'utf8'));
      return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
    },
  },
];

let passed = 0;
let failed = 0;
const lines = [];
for (const step of steps) {
  console.info(`\n━━ ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(step.command[0], step.command.slice(1), {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, ...step.env },
  });
  const ok = result.status === 0;
  let counts = { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
  if (step.counts) {
    try {
      counts = step.counts();
      if (!ok && counts.failed === 0) counts.failed = 1;
    } catch {
      counts = { passed: 0, failed: 1 };
    }
  }
  passed += counts.passed;
  failed += counts.failed;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  lines.push(
    `${ok ? 'ok  ' : 'FAIL'} ${step.name}: ${counts.passed} passed, ${counts.failed} failed (${seconds} s)`,
  );
}

console.info(`\n${lines.join('\n')}\n\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
