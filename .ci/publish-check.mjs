#!/usr/bin/env node
// Packs every published package and checks what its tarball ships: no test support, every `exports`
// and `bin` target present, source maps whose sources are in the tarball, no workspace-only export
// condition or version left; then publint and Are the Types Wrong on the tarball itself.
// Exits non-zero on any finding. Needs the packages built (`pnpm run build`).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

import { packPackages } from './pack-packages.mjs';

/** The export condition that points the monorepo's own tests at `src/*.ts`; never published. */
const SOURCE_CONDITION = '@promokit/source';

/** Files that are tests or test support, never product (exported `testing` entries excepted). */
const TEST_FILES = [/(^|\/)test-support\//, /\.test(-d)?\.[^/]+$/, /\.spec\.[^/]+$/, /(^|\/)testing-[^/]+$/];

/** `exports` without the workspace-only condition: what the published manifest must say. */
function withoutSourceCondition(exports) {
  if (typeof exports !== 'object' || exports === null) return exports;
  return Object.fromEntries(
    Object.entries(exports)
      .filter(([key]) => key !== SOURCE_CONDITION)
      .map(([key, value]) => [key, withoutSourceCondition(value)]),
  );
}

/** Every file path under `dir`, relative to it, with `/` separators. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((path) => String(path).split('\\').join('/'))
    .filter((path) => statSync(join(dir, path)).isFile());
}

/** Each `[condition path, target]` of an `exports` map. */
function exportTargets(exports, path = []) {
  if (typeof exports === 'string') return [[path.join(' → ') || '.', exports]];
  if (exports === null || typeof exports !== 'object') return [];
  return Object.entries(exports).flatMap(([key, value]) => exportTargets(value, [...path, key]));
}

/** What is wrong inside one unpacked tarball, as sentences. */
function inspect({ manifest: source }, root) {
  const problems = [];
  const files = new Set(filesUnder(root));
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  for (const file of files) {
    if (TEST_FILES.some((pattern) => pattern.test(file))) problems.push(`ships test code: ${file}`);
  }

  if (!isDeepStrictEqual(manifest.exports, withoutSourceCondition(source.exports))) {
    problems.push(
      `its published exports are not its exports without "${SOURCE_CONDITION}": keep publishConfig.exports in step`,
    );
  }
  for (const [path, target] of exportTargets(manifest.exports)) {
    if (path.split(' → ').includes(SOURCE_CONDITION)) problems.push(`exports ${path} is workspace-only`);
    if (!files.has(posix.normalize(target))) problems.push(`exports ${path} → ${target}: not in the tarball`);
  }
  const bins = typeof manifest.bin === 'string' ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {});
  for (const [name, target] of Object.entries(bins)) {
    if (!files.has(posix.normalize(target))) problems.push(`bin ${name} → ${target}: not in the tarball`);
  }
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (/^(workspace|link|file):/.test(range)) problems.push(`${field}.${name} is ${range}`);
    }
  }

  for (const file of files) {
    if (file.endsWith('.map')) {
      const map = JSON.parse(readFileSync(join(root, file), 'utf8'));
      for (const mapped of map.sources ?? []) {
        const target = posix.normalize(posix.join(posix.dirname(file), map.sourceRoot ?? '', mapped));
        if (!files.has(target)) problems.push(`${file} maps to ${target}, not in the tarball`);
      }
    } else if (/\.[cm]?[jt]sx?$/.test(file)) {
      const url = /\/[/*][#@] sourceMappingURL=(\S+?)(?:\s*\*\/)?\s*$/.exec(
        readFileSync(join(root, file), 'utf8'),
      )?.[1];
      if (url && !url.startsWith('data:')) {
        const target = posix.normalize(posix.join(posix.dirname(file), url));
        if (!files.has(target)) problems.push(`${file} names the source map ${target}, not in the tarball`);
      }
    }
  }
  return problems;
}

const work = mkdtempSync(join(tmpdir(), 'promokit-publish-check-'));
let failed = 0;
try {
  const packed = packPackages(work);
  for (const pkg of packed) {
    const unpacked = join(work, 'unpacked', pkg.name);
    mkdirSync(unpacked, { recursive: true });
    execFileSync('tar', ['-xzf', pkg.tarball, '-C', unpacked]);
    const root = join(unpacked, 'package');
    const label = `${pkg.name} (${relative(work, pkg.tarball)})`;

    const problems = inspect(pkg, root);
    console.info(`${problems.length ? 'FAIL' : 'ok  '} ${label}: contents, ${filesUnder(root).length} files`);
    for (const problem of problems) console.info(`       ${problem}`);

    const tarball = readFileSync(pkg.tarball);
    const { messages, pkg: manifest } = await publint({
      pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
      strict: true,
    });
    console.info(`${messages.length ? 'FAIL' : 'ok  '} ${label}: publint, ${messages.length} messages`);
    for (const message of messages) {
      console.info(`       ${message.type}: ${formatMessage(message, manifest, { color: false })}`);
    }

    // ESM only by design ("type": "module", no "require" condition): the esm-only profile leaves out
    // node10 resolution and require() from CommonJS, which cannot load these packages. Stylesheets
    // are not modules with types: their exports are checked above.
    const stylesheets = exportTargets(manifest.exports)
      .filter(([, target]) => target.endsWith('.css'))
      .map(([path]) => path.split(' → ')[0]);
    const attw = spawnSync(
      'pnpm',
      [
        'exec',
        'attw',
        pkg.tarball,
        '--profile',
        'esm-only',
        '--format',
        'table-flipped',
        '--no-emoji',
        '--no-color',
        ...(stylesheets.length ? ['--exclude-entrypoints', ...stylesheets] : []),
      ],
      { encoding: 'utf8' },
    );
    const attwOk = attw.status === 0;
    console.info(
      `${attwOk ? 'ok  ' : 'FAIL'} ${label}: attw --profile esm-only${stylesheets.length ? `, stylesheets ${stylesheets.join(' ')} left out` : ''}`,
    );
    if (!attwOk) console.info(`${attw.stdout}${attw.stderr}`);

    if (problems.length || messages.length || !attwOk) failed += 1;
  }
  console.info(`\n${packed.length - failed} of ${packed.length} packages fit to publish`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
