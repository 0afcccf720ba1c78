import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { referenceMissing, voucherifyReference } from './examples.js';
import {
  REFERENCE_EXAMPLES,
  ReferenceLocationError,
  buildExample,
  exampleSources,
  type ReferenceReader,
} from './reference-examples.js';
import { VOUCHERIFY_REFERENCE } from './voucherify-reference-manifest.js';

const reference = voucherifyReference();
const copyDir = reference.copyDir;

/** Reads the files of this run's reference (a copy's, or the verified downloads). */
const reader: ReferenceReader = {
  text: (name) => readFileSync(reference.files[name]!, 'utf8'),
  json: (name) => JSON.parse(readFileSync(reference.files[name]!, 'utf8')),
};

// Without a copy there is nothing to compare with: the downloaded files were checked by hash.
describe.skipIf(copyDir === undefined)('the copy of the Voucherify reference beside the checkout', () => {
  it.each(VOUCHERIFY_REFERENCE.files.filter((file) => file.inCopy).map((file) => [file.name, file]))(
    'holds %s byte for byte as the pinned commit has it',
    (name, file) => {
      const bytes = readFileSync(join(copyDir!, name));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256);
    },
  );

  it('has a recipe for every recorded exchange it holds', () => {
    expect(readdirSync(join(copyDir!, 'examples')).sort()).toEqual([...REFERENCE_EXAMPLES].sort());
  });

  describe.each(REFERENCE_EXAMPLES.map((example) => [example]))('%s', (example) => {
    it.skipIf(referenceMissing(...exampleSources(example)))(
      'is what the spec files give when built from their named examples',
      () => {
        const recorded: unknown = JSON.parse(readFileSync(join(copyDir!, 'examples', example), 'utf8'));
        expect(buildExample(example, reader)).toStrictEqual(recorded);
      },
    );
  });
});

describe('buildExample', () => {
  const empty: ReferenceReader = { json: () => ({ paths: {} }), text: () => '## Other\n' };

  it('names the file and the location a recipe does not find', () => {
    expect(() => buildExample('03-validations-invalid.json', empty)).toThrow(
      new ReferenceLocationError(
        'validations.json',
        '/paths/~1v1~1validations/post/responses/200/content/application~1json/examples/False/value',
      ),
    );
    expect(() => buildExample('05-redemptions-stackable.json', empty)).toThrow(ReferenceLocationError);
  });

  it('refuses an exchange it has no recipe for', () => {
    expect(() => buildExample('11-unknown.json', empty)).toThrow(/No recorded exchange 11-unknown.json/);
  });
});
