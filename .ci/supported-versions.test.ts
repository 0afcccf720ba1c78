// The root README's sentence on what the packages run with is what their manifests declare: React and
// TanStack Query from peerDependencies, Node from engines, the Next.js major from the store that tests it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Manifest;

interface Manifest {
  name: string;
  private?: boolean;
  type?: string;
  engines?: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const published = readdirSync(join(root, 'packages'))
  .map((dir) => readJson(`packages/${dir}/package.json`))
  .filter((manifest) => !manifest.private);

/** The one range every package that declares `name` as a peer gives it, as `[major, minor]`. */
function peerMinimum(name: string): [number, number] {
  const ranges = new Set(published.flatMap((manifest) => manifest.peerDependencies?.[name] ?? []));
  expect([...ranges], `one range of ${name} across the packages`).toHaveLength(1);
  const [range] = [...ranges];
  const found = /^\^(\d+)\.(\d+)\.\d+$/.exec(range!);
  expect(found, `${name} ${range} is a caret range`).not.toBeNull();
  return [Number(found![1]), Number(found![2])];
}

it('names the React, TanStack Query, Node and Next.js versions the packages declare', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/\s+/g, ' ');

  const [react] = peerMinimum('react');
  const [query, queryMinor] = peerMinimum('@tanstack/react-query');
  const queryText =
    queryMinor === 0
      ? `TanStack Query ${query}`
      : `TanStack Query ${query} (${query}.${queryMinor} or later)`;

  const engines = new Set(published.map((manifest) => manifest.engines?.node));
  expect([...engines], 'every package has the same engines.node').toHaveLength(1);
  const node = /^>=(\d+\.\d+)$/.exec([...engines][0] ?? '')?.[1];
  expect(node, 'engines.node is >=major.minor').toBeDefined();
  expect(readJson('package.json').engines?.node).toBe(`>=${node}`);

  const next = readJson('apps/next-store/package.json').dependencies?.next?.split('.')[0];

  expect(published.every((manifest) => manifest.type === 'module')).toBe(true);
  expect(/The packages are ESM only, [^;]*/.exec(readme)?.[0]).toBe(
    `The packages are ESM only, for React ${react}, ${queryText} and Node ${node}+`,
  );
  expect(/Next\.js App Router app \(\d+ is tested here\)/.exec(readme)?.[0]).toBe(
    `Next.js App Router app (${next} is tested here)`,
  );
});
