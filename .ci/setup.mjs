#!/usr/bin/env node
// Installs what the README's commands need on a machine with only Node 20 and npm:
// the pinned pnpm, the workspace's dependencies and, with --browser, Chromium from Debian's packages.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const pinned = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).packageManager.split('@')[1];
const CHROMIUM = '/usr/bin/chromium';
const REDIS_SERVER = '/usr/bin/redis-server';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

function version(command) {
  try {
    return execFileSync(command, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`PromoKit needs Node 20.19 or later; this is ${process.version}.`);
  process.exit(1);
}

if (version('pnpm') !== pinned) {
  console.info(`Installing pnpm ${pinned} with npm…`);
  run('npm', ['install', '--global', '--no-fund', '--no-audit', `pnpm@${pinned}`]);
}

run('pnpm', ['install', '--frozen-lockfile', '--reporter=append-only'], {
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
});

if (process.argv.includes('--browser') && !existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0) {
    console.info("Installing Chromium from Debian's packages…");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.error(
      `The browser tests need Chromium at ${CHROMIUM}. Install it as root with:\n` +
        '  sudo apt-get update && sudo apt-get install -y chromium\nthen run npm test again.',
    );
    process.exit(1);
  }
}

// The BFF's Redis store is tested against a real redis-server, which the test starts itself.
if (!existsSync(REDIS_SERVER)) {
  if (process.getuid?.() === 0) {
    console.info("Installing redis-server from Debian's packages…");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'redis-server'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.error(
      `The BFF's store tests need redis-server at ${REDIS_SERVER}. Install it as root with:\n` +
        '  sudo apt-get update && sudo apt-get install -y redis-server\nthen run npm test again.',
    );
    process.exit(1);
  }
}
