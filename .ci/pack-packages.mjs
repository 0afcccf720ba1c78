// Packs every published package of `packages/` as `pnpm publish` would ship it (publishConfig applied,
// workspace: versions replaced), for the checks that look inside the tarballs or install them.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const packagesDir = new URL('../packages/', import.meta.url).pathname;

/**
 * Packs each non-private package of `packages/` (already built: `pnpm run build`) into `destination`.
 * Returns, by package name, its directory in the repository, its manifest there and its tarball.
 */
export function packPackages(destination) {
  const packed = [];
  for (const entry of readdirSync(packagesDir).sort()) {
    const dir = join(packagesDir, entry);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (manifest.private) continue;
    const output = execFileSync('pnpm', ['pack', '--json', '--pack-destination', destination], {
      cwd: dir,
      encoding: 'utf8',
    });
    const { filename } = JSON.parse(output);
    packed.push({ name: manifest.name, dir, manifest, tarball: filename });
  }
  if (packed.length === 0) throw new Error(`no package to pack in ${packagesDir}`);
  return packed;
}
