// Every TypeScript example in the READMEs is a file of the repository, typechecked as a storefront
// would compile it (`tsconfig.examples.json`: strict, exactOptionalPropertyTypes, no unused names,
// the packages' published types). A README names the file before each block, as
// `<!-- example: path -->` or `<!-- example: path#region -->`; the block must equal the file, or the
// part between its `// #region name` and `// #endregion name` lines.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const readmes = [
  'README.md',
  ...readdirSync(join(root, 'packages')).map((name) => join('packages', name, 'README.md')),
];
const checked = /^(packages\/[^/]+\/examples\/|apps\/next-store\/(app\/api|lib)\/)/;

interface Block {
  line: number;
  source: string | undefined;
  code: string;
}

/** The TypeScript blocks of a README, each with the example it names. */
function blocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const found: Block[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    if (!/^```(ts|tsx)$/.test(lines[index] ?? '')) continue;
    const end = lines.indexOf('```', index + 1);
    let before = index - 1;
    while (before > 0 && lines[before]?.trim() === '') before -= 1;
    const marker = /^<!-- example: (\S+) -->$/.exec(lines[before] ?? '');
    found.push({ line: index + 1, source: marker?.[1], code: lines.slice(index + 1, end).join('\n') });
    index = end;
  }
  return found;
}

/** A file's text, or the part of it in `region`, dedented. */
function example(path: string, region: string | undefined): string {
  const text = readFileSync(join(root, path), 'utf8').replace(/\n$/, '');
  if (!region) return text;
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === `// #region ${region}`);
  const end = lines.findIndex((line) => line.trim() === `// #endregion ${region}`);
  if (start < 0 || end < start) throw new Error(`${path} has no region ${region}`);
  const part = lines.slice(start + 1, end);
  const indent = Math.min(...part.filter((line) => line.trim()).map((line) => /^ */.exec(line)![0].length));
  return part.map((line) => line.slice(indent)).join('\n');
}

describe.each(readmes)('%s', (readme) => {
  const found = blocks(readFileSync(join(root, readme), 'utf8'));

  it.each(found.map((block) => [block.line, block] as const))(
    'the block at line %i is a typechecked example, word for word',
    (_line, block) => {
      expect(block.source, 'name the example file before the block: <!-- example: path -->').toBeDefined();
      const [path = '', region] = (block.source ?? '').split('#');
      expect(relative(root, join(root, path))).toMatch(checked);
      expect(block.code).toBe(example(path, region));
    },
  );
});
