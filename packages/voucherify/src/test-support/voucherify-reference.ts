import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import { VOUCHERIFY_REFERENCE, type ReferenceFile } from './voucherify-reference-manifest.js';

/** Raw files of the pinned commit; `PROMOKIT_VOUCHERIFY_BASE_URL` replaces it (e.g. a local mirror). */
export const DEFAULT_REFERENCE_BASE_URL = `https://raw.githubusercontent.com/${VOUCHERIFY_REFERENCE.repository}/${VOUCHERIFY_REFERENCE.commit}`;

/** How long one file's download may take before the reference counts as unreachable. */
const DOWNLOAD_TIMEOUT_MS = 15_000;

/** A file whose bytes are not the pinned commit's: it is not used, and nothing is cached. */
export class ReferenceIntegrityError extends Error {
  constructor(
    /** The file's path in the repository. */
    readonly file: string,
    /** SHA-256 the manifest gives, lowercase hex. */
    readonly expected: string,
    /** SHA-256 of the bytes received, lowercase hex. */
    readonly actual: string,
    /** Where the bytes came from (a URL or a cached file). */
    readonly from: string,
  ) {
    super(
      `Voucherify reference file ${file} from ${from} failed verification: expected SHA-256 ${expected}, got ${actual}; it is not used`,
    );
    this.name = 'ReferenceIntegrityError';
  }
}

/** Where each file of the Voucherify reference is read from, as found once per test run. */
export interface VoucherifyReference {
  /** `copy` when a copy beside the checkout (or PROMOKIT_VOUCHERIFY_DIR) was found, else `download`. */
  source: 'copy' | 'download';
  /** The copy's directory (it also holds the recorded exchanges in `examples/`). */
  copyDir?: string;
  /** Absolute path of each available file, by its name in the manifest. */
  files: Record<string, string>;
  /** Why each unavailable file is unavailable, by name. */
  missing: Record<string, string>;
  /** Names of the files fetched over HTTP while resolving (the rest came from a copy or the cache). */
  downloaded: string[];
}

/** Options of {@link resolveVoucherifyReference}. */
export interface ResolveOptions {
  /** Directories that may hold a copy, first found wins (see {@link copyCandidates}). */
  copyDirs: string[];
  /** Directory of verified downloads, one per commit. */
  cacheDir: string;
  /** URL the files' repository paths are appended to. */
  baseUrl: string;
  /** Per-file download timeout in milliseconds. */
  timeoutMs?: number;
}

/**
 * Where a copy of the reference may be: PROMOKIT_VOUCHERIFY_DIR when set (and then only there),
 * else `../shared/voucherify` beside the checkout at `root`, or beside the local repository it was
 * cloned from.
 */
export function copyCandidates(root: string, env: NodeJS.ProcessEnv = process.env): string[] {
  if (env['PROMOKIT_VOUCHERIFY_DIR']) return [resolve(env['PROMOKIT_VOUCHERIFY_DIR'])];
  const candidates = [resolve(root, '../shared/voucherify')];
  try {
    const origin = execFileSync('git', ['remote', 'get-url', 'origin'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (existsSync(origin)) candidates.push(resolve(origin, '../shared/voucherify'));
  } catch {
    // No origin, or not a local one.
  }
  return candidates;
}

/** The default cache of downloads: `node_modules/.cache/promokit-voucherify/<commit>` under `root`. */
export function defaultCacheDir(root: string): string {
  return join(root, 'node_modules/.cache/promokit-voucherify', VOUCHERIFY_REFERENCE.commit);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Finds the Voucherify reference: a copy in the first of `copyDirs` that exists (read in place),
 * else each file of the manifest from the cache, else downloaded from `baseUrl` into the cache.
 * Every cached or downloaded file is checked against its SHA-256 before use; a cached file that
 * fails is downloaded again. Files that cannot be had are listed in `missing` with the reason;
 * after one network failure the remaining files are not tried, so an offline run ends quickly.
 *
 * @throws ReferenceIntegrityError when downloaded bytes do not match the manifest (nothing is cached).
 */
export async function resolveVoucherifyReference(options: ResolveOptions): Promise<VoucherifyReference> {
  const files: Record<string, string> = {};
  const missing: Record<string, string> = {};
  const downloaded: string[] = [];
  const copyDir = options.copyDirs.find((dir) => existsSync(dir));

  let unreachable: string | undefined;
  for (const file of VOUCHERIFY_REFERENCE.files as readonly ReferenceFile[]) {
    if (copyDir !== undefined && file.inCopy) {
      const path = join(copyDir, file.name);
      if (existsSync(path)) files[file.name] = path;
      else missing[file.name] = `not in the copy at ${copyDir}`;
      continue;
    }
    const cached = join(options.cacheDir, file.path);
    if (existsSync(cached)) {
      if (sha256(readFileSync(cached)) === file.sha256) {
        files[file.name] = cached;
        continue;
      }
      rmSync(cached);
    }
    // With a copy, files it does not hold are used only when already cached: no network then.
    if (copyDir !== undefined) {
      missing[file.name] = `not in the copy at ${copyDir} and not downloaded`;
      continue;
    }
    const url = `${options.baseUrl.replace(/\/+$/, '')}/${file.path}`;
    if (unreachable !== undefined) {
      missing[file.name] = unreachable;
      continue;
    }
    const fetched = await download(url, options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS);
    if (!fetched.ok) {
      missing[file.name] = `download from ${url} failed: ${fetched.reason}`;
      if (fetched.network) unreachable = missing[file.name];
      continue;
    }
    const actual = sha256(fetched.bytes);
    if (actual !== file.sha256) throw new ReferenceIntegrityError(file.path, file.sha256, actual, url);
    mkdirSync(dirname(cached), { recursive: true });
    const partial = `${cached}.${process.pid}.partial`;
    writeFileSync(partial, fetched.bytes);
    renameSync(partial, cached);
    files[file.name] = cached;
    downloaded.push(file.name);
  }
  return {
    source: copyDir === undefined ? 'download' : 'copy',
    ...(copyDir === undefined ? {} : { copyDir }),
    files,
    missing,
    downloaded,
  };
}

type Download = { ok: true; bytes: Uint8Array } | { ok: false; reason: string; network: boolean };

async function download(url: string, timeoutMs: number): Promise<Download> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, reason: `HTTP ${response.status}`, network: false };
    }
    return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${timeoutMs / 1000} s`
        : (cause?.code ?? cause?.message ?? (error as Error).message);
    return { ok: false, reason, network: true };
  }
}
