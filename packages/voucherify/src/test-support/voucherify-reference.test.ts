import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { describeWithReference, voucherifyReference } from './examples.js';
import { startTestServer, type TestServer } from './http-server.js';
import { referenceSummary, type ProvidedReference } from './reference-global-setup.js';
import { VOUCHERIFY_REFERENCE } from './voucherify-reference-manifest.js';
import { ReferenceIntegrityError, resolveVoucherifyReference } from './voucherify-reference.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const manifest = VOUCHERIFY_REFERENCE.files;
const inCopy = manifest.filter((file) => file.inCopy).map((file) => file.name);

let cacheDir = '';
let server: TestServer | undefined;
beforeEach(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'promokit-reference-cache-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(cacheDir, { recursive: true, force: true });
});

/**
 * A local stand-in for the repository's raw files: serves this run's reference files under their
 * repository paths (404 for any this run lacks), with `tamper` applied to the bytes.
 */
async function serveReference(tamper: (path: string, bytes: Buffer) => Buffer = (_, bytes) => bytes) {
  const { files } = voucherifyReference();
  server = await startTestServer((request, response) => {
    const file = manifest.find((entry) => `/${entry.path}` === request.url);
    const local = file && files[file.name];
    if (local === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200).end(tamper(file!.path, readFileSync(local)));
  });
  return server;
}

const served = () => server!.received.map((request) => request.url);

describeWithReference('the Voucherify reference downloaded from its repository', inCopy, () => {
  it('fills the cache once with verified files, and a second run downloads nothing that is cached', async () => {
    const { url } = await serveReference();
    const available = Object.keys(voucherifyReference().files);

    const first = await resolveVoucherifyReference({ copyDirs: [], cacheDir, baseUrl: url });
    expect(first.source).toBe('download');
    expect(first.downloaded.sort()).toEqual([...available].sort());
    expect(served()).toEqual(manifest.map((file) => `/${file.path}`));
    for (const file of manifest.filter((entry) => available.includes(entry.name))) {
      const cached = join(cacheDir, file.path);
      expect(first.files[file.name]).toBe(cached);
      expect(sha256(readFileSync(cached))).toBe(file.sha256);
    }
    // The one file this run may lack (the guide, with only a copy here) is missing, and says why.
    for (const name of Object.keys(first.missing)) expect(first.missing[name]).toMatch(/failed: HTTP 404$/);

    server!.received.length = 0;
    const second = await resolveVoucherifyReference({ copyDirs: [], cacheDir, baseUrl: url });
    expect(second.downloaded).toEqual([]);
    expect(second.files).toEqual(first.files);
    expect(served()).toEqual(
      manifest.filter((file) => !available.includes(file.name)).map((file) => `/${file.path}`),
    );
  });

  it('refuses a file with a changed byte, naming it with both hashes, and caches nothing of it', async () => {
    const target = 'documentation/openapi/validations.json';
    const expected = manifest.find((file) => file.path === target)!.sha256;
    let actual = '';
    const { url } = await serveReference((path, bytes) => {
      if (path !== target) return bytes;
      const tampered = Buffer.from(bytes);
      tampered[1000] = tampered[1000]! ^ 1;
      actual = sha256(tampered);
      return tampered;
    });

    const error = await resolveVoucherifyReference({ copyDirs: [], cacheDir, baseUrl: url }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReferenceIntegrityError);
    expect(error).toMatchObject({ file: target, expected, actual });
    expect((error as Error).message).toContain(target);
    expect((error as Error).message).toContain(`expected SHA-256 ${expected}, got ${actual}`);
    expect(existsSync(join(cacheDir, target))).toBe(false);
  });

  it('downloads a cached file again when it no longer matches its hash', async () => {
    const { url } = await serveReference();
    await resolveVoucherifyReference({ copyDirs: [], cacheDir, baseUrl: url });
    const file = manifest.find((entry) => entry.name === 'events.json')!;
    writeFileSync(join(cacheDir, file.path), '{}');
    server!.received.length = 0;

    const again = await resolveVoucherifyReference({ copyDirs: [], cacheDir, baseUrl: url });
    expect(again.downloaded).toEqual(['events.json']);
    expect(served()).toContain(`/${file.path}`);
    expect(sha256(readFileSync(join(cacheDir, file.path)))).toBe(file.sha256);
  });
});

describe('the Voucherify reference out of reach', () => {
  it('lists every file as missing with the refused connection, after trying one', async () => {
    server = await startTestServer(() => {});
    const { url } = server;
    await server.close();
    server = undefined;

    const started = Date.now();
    const reference = await resolveVoucherifyReference({ copyDirs: [], cacheDir, baseUrl: url });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(reference.files).toEqual({});
    const [first] = manifest;
    const reason = `download from ${url}/${first.path} failed: ECONNREFUSED`;
    expect(reference.missing).toEqual(Object.fromEntries(manifest.map((file) => [file.name, reason])));
  });

  it('gives up on a server that never answers within the timeout, without trying the other files', async () => {
    server = await startTestServer(() => {}); // never answers
    const reference = await resolveVoucherifyReference({
      copyDirs: [],
      cacheDir,
      baseUrl: server.url,
      timeoutMs: 200,
    });
    expect(served()).toHaveLength(1);
    expect(Object.keys(reference.missing)).toHaveLength(manifest.length);
    expect(reference.missing['events.json']).toMatch(/failed: no answer within 0\.2 s$/);
  });

  it('uses a copy beside the checkout in place and asks no server', async () => {
    server = await startTestServer((_, response) => response.writeHead(500).end());
    const copy = mkdtempSync(join(tmpdir(), 'promokit-reference-copy-'));
    try {
      for (const name of inCopy) writeFileSync(join(copy, name), '{}');
      const reference = await resolveVoucherifyReference({
        copyDirs: [join(copy, 'absent'), copy],
        cacheDir,
        baseUrl: server.url,
      });
      expect(reference).toMatchObject({ source: 'copy', copyDir: copy, downloaded: [] });
      expect(reference.files).toEqual(Object.fromEntries(inCopy.map((name) => [name, join(copy, name)])));
      expect(Object.keys(reference.missing)).toEqual(['manage-stackable-discounts.mdx']);
      expect(served()).toEqual([]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('referenceSummary', () => {
  const unreachable = 'download from https://example.test/production/readOnly-openAPI.json failed: ENOTFOUND';
  const offline: ProvidedReference = {
    source: 'download',
    files: {},
    missing: Object.fromEntries(manifest.map((file) => [file.name, unreachable])),
    downloaded: [],
    copyDirs: ['/work/shared/voucherify'],
    baseUrl: 'https://example.test',
    skipLog: '',
  };

  it('says in one line why, and how many test files skipped or went unchecked', () => {
    const log = ['skipped /a.test.ts', 'skipped /b.test.ts', 'skipped /a.test.ts', 'unchecked /c.test.ts'];
    expect(referenceSummary(offline, log.join('\n'))).toBe(
      `Voucherify reference not available (no copy at /work/shared/voucherify, ${unreachable}): ` +
        '2 wire test files skipped (in whole or part); 1 test file ran without checking responses against the spec',
    );
  });

  it('names each missing file of an incomplete reference', () => {
    const guideOnly: ProvidedReference = {
      ...offline,
      source: 'copy',
      copyDir: '/work/shared/voucherify',
      files: { 'events.json': '/work/shared/voucherify/events.json' },
      missing: { 'manage-stackable-discounts.mdx': 'not downloaded' },
    };
    expect(referenceSummary(guideOnly, 'skipped /a.test.ts\n')).toBe(
      'Voucherify reference incomplete (manage-stackable-discounts.mdx: not downloaded): ' +
        '1 wire test file skipped (in whole or part)',
    );
    const twoMissing = { ...guideOnly, missing: { ...guideOnly.missing, 'events.json': 'absent' } };
    expect(referenceSummary(twoMissing, 'skipped /a.test.ts\n')).toContain(
      '(manage-stackable-discounts.mdx: not downloaded; events.json: absent)',
    );
  });

  it('says nothing when no test skipped', () => {
    expect(referenceSummary(offline, '')).toBeUndefined();
  });
});
