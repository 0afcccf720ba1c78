import { readFileSync } from 'node:fs';

import { expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

/** The README's "Passing your own props" example is the one `readme-own-props.test-d.tsx` type-checks. */
it('shows the type-checked example of passing your own props', () => {
  const example = read('./readme-own-props.test-d.tsx');
  const readme = read('../README.md');
  const start = '// README: Passing your own props\n';
  const body = example.slice(example.indexOf(start) + start.length, example.indexOf('// README end'));
  const imports = example
    .split('\n')
    .filter((line) => line.startsWith('import') && !line.includes("'vitest'"));
  const block = `\`\`\`tsx\n${imports.join('\n')}\n\n${body}\`\`\``;
  expect(readme).toContain(block);
});
