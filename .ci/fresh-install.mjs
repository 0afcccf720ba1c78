#!/usr/bin/env node
// A storefront's first install of PromoKit, outside the repository (in the system's temp directory):
// packs the packages, writes a Vite + React app whose source is the root README's cart example,
// installs the tarballs with npm and, apart, with pnpm (strict: nothing hoisted), typechecks and
// builds the app with `vite build`, then serves one code through `promokit-bff` from each install.
//
// - npm installs @promokit/engine too: its BFF runs the embedded engine with the demo seed, and
//   better-sqlite3 compiles from source where no prebuilt binary can be downloaded (about a minute).
// - pnpm installs a Voucherify-only storefront: no engine, so nothing native is built or linked; its
//   BFF calls the engine served from the npm install (`promokit-engine serve`) as it would Voucherify.
//   Packages not yet on the registry are linked to their tarballs with pnpm `overrides`, which only a
//   local check needs: once published, their exact versions resolve from the registry.
//
// The expected discount is computed from the installed demo seed and catalog, not written here.
// Needs the packages built (`pnpm run build`); uses the npm and pnpm caches (`--prefer-offline`).
import { execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import { packPackages } from './pack-packages.mjs';

const root = new URL('..', import.meta.url).pathname;
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const rootManifest = readJson(join(root, 'package.json'));
const reactManifest = readJson(join(root, 'packages/react/package.json'));
const bffManifest = readJson(join(root, 'packages/bff/package.json'));

/** The versions the repository itself is tested with. */
const versions = {
  react: reactManifest.devDependencies.react,
  'react-dom': reactManifest.devDependencies['react-dom'],
  '@tanstack/react-query': reactManifest.devDependencies['@tanstack/react-query'],
  hono: bffManifest.dependencies.hono,
};
const devVersions = Object.fromEntries(
  ['vite', '@vitejs/plugin-react', 'typescript', '@types/react', '@types/react-dom'].map((name) => [
    name,
    rootManifest.devDependencies[name],
  ]),
);

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const step = (message) => console.info(`[${elapsed()}] ${message}`);

function run(command, args, cwd) {
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
}

/** Like {@link run}, without waiting: `done` resolves when the command succeeded. */
function runAside(command, args, cwd) {
  const child = spawn(command, args, { cwd, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
  const done = new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
  done.catch(() => {}); // awaited by the caller
  return { child, done };
}

/** The app a storefront developer writes from the root README. */
function writeApp(dir, dependencies, extraFiles = {}) {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify(
      {
        name: 'promokit-fresh-install',
        private: true,
        type: 'module',
        scripts: { typecheck: 'tsc -p .', build: 'vite build' },
        dependencies: { ...dependencies, ...versions },
        devDependencies: devVersions,
      },
      null,
      2,
    )}\n`,
  );
  // The README's cart, word for word (the README's block is checked against this file).
  copyFileSync(join(root, 'packages/ui/examples/cart-summary.tsx'), join(dir, 'src/cart-summary.tsx'));
  writeFileSync(
    join(dir, 'src/main.tsx'),
    `import { createRoot } from 'react-dom/client';

import { Checkout } from './cart-summary.tsx';

createRoot(document.getElementById('root')!).render(
  <Checkout cart={{ lines: [{ productId: 'mug', quantity: 2 }] }} />,
);
`,
  );
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html>\n<html lang="en">\n  <head><meta charset="UTF-8" /><title>Shop</title></head>\n' +
      '  <body>\n    <div id="root"></div>\n    <script type="module" src="/src/main.tsx"></script>\n  </body>\n</html>\n',
  );
  writeFileSync(
    join(dir, 'vite.config.js'),
    "import react from '@vitejs/plugin-react';\nimport { defineConfig } from 'vite';\n\nexport default defineConfig({ plugins: [react()] });\n",
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          module: 'ESNext',
          moduleResolution: 'bundler',
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          allowImportingTsExtensions: true,
          skipLibCheck: false,
          types: [],
        },
        include: ['src'],
      },
      null,
      2,
    )}\n`,
  );
  for (const [name, text] of Object.entries(extraFiles)) writeFileSync(join(dir, name), text);
}

/** Asserts the build has its page, its script and the kit's stylesheets. */
function checkBuild(dir) {
  const out = join(dir, 'dist');
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  const assets = readdirSync(join(out, 'assets'));
  const css = assets.filter((file) => file.endsWith('.css'));
  const js = assets.filter((file) => file.endsWith('.js'));
  if (!js.length || !js.every((file) => html.includes(file)))
    throw new Error(`dist/index.html loads no script: ${html}`);
  const styles = css.map((file) => readFileSync(join(out, 'assets', file), 'utf8')).join('\n');
  // tokens.css declares the --promo-* variables; styles.css styles the parts by data-state.
  if (!/--promo-[\w-]+\s*:/.test(styles) || !styles.includes('data-state')) {
    throw new Error('the build has not the kit stylesheets (@promokit/ui/tokens.css, styles.css)');
  }
}

/** Starts a server and resolves with its URL once its start-up line says where it listens. */
function start(command, args, { cwd, env, pattern }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not start in 30 s:\n${output}`)), 30_000);
    const read = (chunk) => {
      output += chunk;
      const found = pattern.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${code}:\n${output}`));
    });
  });
  return { child, url, output: () => output };
}

const stop = (server) =>
  new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.once('exit', resolve);
    server.child.kill('SIGTERM');
    // A keep-alive connection of this script's fetch would hold a graceful close for seconds.
    setTimeout(() => server.child.kill('SIGKILL'), 1_000).unref();
  });

/** Where an app's installed packages put a file they export, e.g. `@promokit/engine/seeds/demo.json`. */
const installed = (appDir, specifier) => createRequire(join(appDir, 'package.json')).resolve(specifier);

/** WELCOME10 and a cart that reaches its minimum, with the discount the seed gives it. */
function welcomeCase(appDir) {
  const seed = readJson(installed(appDir, '@promokit/engine/seeds/demo.json'));
  const catalog = readJson(installed(appDir, '@promokit/bff/demo-catalog.json'));
  const code = 'WELCOME10';
  const campaign = seed.campaigns.find((item) => item.vouchers?.some((voucher) => voucher.code === code));
  const { discount } = campaign.vouchers.find((voucher) => voucher.code === code);
  if (discount.type !== 'PERCENT')
    throw new Error(`${code} is no longer a percent discount: update this check`);
  const minimum = seed.validation_rules
    .filter((rule) => campaign.validation_rules?.includes(rule.id))
    .flatMap((rule) => rule.conditions)
    .find((condition) => condition.type === 'min_order_amount').amount;
  const product = catalog.products.find((item) => item.id === 'mug');
  const shipping = catalog.shipping.flatRate;
  // The fewest mugs that reach the minimum; Voucherify's order amount counts shipping.
  const quantity = Math.ceil((minimum - shipping) / product.price);
  const subtotal = quantity * product.price;
  // percent_off of the order, rounded half up to a minor unit (USD: Voucherify's ×100 is the cent).
  const expected = Math.floor(((subtotal + shipping) * discount.percent_off + 50) / 100);
  return {
    code,
    label: campaign.name,
    percentOff: discount.percent_off,
    quantity,
    subtotal,
    shipping,
    expected,
    currency: catalog.currency,
  };
}

async function validateWelcome(bffUrl, welcome) {
  const origin = new URL(bffUrl).origin;
  const response = await fetch(`${bffUrl}/validate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({
      cart: { lines: [{ productId: 'mug', quantity: welcome.quantity }] },
      codes: [welcome.code],
    }),
  });
  const body = await response.json();
  const expected = {
    applied: [
      {
        code: welcome.code,
        kind: 'coupon',
        label: welcome.label,
        effect: { type: 'percent_off', percentOff: welcome.percentOff },
        discount: welcome.expected,
      },
    ],
    rejected: [],
    totals: {
      currency: welcome.currency,
      subtotal: welcome.subtotal,
      shipping: welcome.shipping,
      discount: welcome.expected,
      shippingDiscount: 0,
      total: welcome.subtotal + welcome.shipping - welcome.expected,
      paid: [],
      due: welcome.subtotal + welcome.shipping - welcome.expected,
    },
  };
  const actual = { applied: body.applied, rejected: body.rejected, totals: body.totals };
  if (response.status !== 200 || !isDeepStrictEqual(actual, expected) || body.promotions?.length) {
    throw new Error(
      `POST ${bffUrl}/validate answered ${response.status}:\n${JSON.stringify(body, null, 2)}\nexpected:\n${JSON.stringify(expected, null, 2)}`,
    );
  }
  return `${welcome.code} on ${welcome.quantity} mugs + shipping (${welcome.subtotal + welcome.shipping}): −${welcome.expected} ${welcome.currency} minor units, total ${expected.totals.total}`;
}

const work = mkdtempSync(join(tmpdir(), 'promokit-fresh-install-'));
const servers = [];
let npmInstall;
try {
  step(`packing into ${work}`);
  const tarballs = Object.fromEntries(packPackages(work).map((pkg) => [pkg.name, pkg.tarball]));
  const fileOf = (name) => `file:${tarballs[name]}`;
  const tarballDeps = (names) => Object.fromEntries(names.map((name) => [name, fileOf(name)]));

  // npm: the whole kit with the embedded engine.
  const npmApp = join(work, 'npm-app');
  writeApp(
    npmApp,
    tarballDeps([
      '@promokit/core',
      '@promokit/react',
      '@promokit/ui',
      '@promokit/bff',
      '@promokit/engine',
      '@promokit/voucherify',
    ]),
  );
  // Aside: better-sqlite3 compiles from source offline (about a minute of one core).
  step('npm install, aside');
  npmInstall = runAside(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
    npmApp,
  );

  // pnpm: Voucherify-only, strict.
  const pnpmApp = join(work, 'pnpm-app');
  writeApp(pnpmApp, tarballDeps(['@promokit/core', '@promokit/react', '@promokit/ui', '@promokit/bff']), {
    'pnpm-workspace.yaml': [
      '# Strict: a package sees only what it declares.',
      'hoist: false',
      'publicHoistPattern: []',
      '# Not yet on the registry: every @promokit/* dependency, direct or not, from its tarball.',
      'overrides:',
      ...Object.keys(tarballs).map((name) => `  '${name}': '${fileOf(name)}'`),
      '',
    ].join('\n'),
  });
  step(`pnpm ${execFileSync('pnpm', ['--version'], { encoding: 'utf8' }).trim()} install (no engine)`);
  run('pnpm', ['install', '--prefer-offline', '--reporter=append-only'], pnpmApp);
  const pnpmStore = readdirSync(join(pnpmApp, 'node_modules/.pnpm'));
  const native = pnpmStore.filter((entry) => /^(better-sqlite3|@promokit\+engine)@/.test(entry));
  if (native.length || existsSync(join(pnpmApp, 'node_modules/@promokit/engine'))) {
    throw new Error(`a Voucherify-only install pulled in ${native.join(', ') || '@promokit/engine'}`);
  }
  step('pnpm app: tsc (the published types, strictly installed) and vite build');
  run('pnpm', ['run', 'typecheck'], pnpmApp);
  run('pnpm', ['run', 'build'], pnpmApp);
  checkBuild(pnpmApp);

  await npmInstall.done;
  // Every @promokit/* dependency of a @promokit package is the one installed from its tarball.
  const nested = readdirSync(join(npmApp, 'node_modules/@promokit')).filter((name) =>
    existsSync(join(npmApp, 'node_modules/@promokit', name, 'node_modules/@promokit')),
  );
  if (nested.length)
    throw new Error(`npm installed other copies of @promokit packages under ${nested.join(', ')}`);
  step('npm install done; npm app: vite build');
  run('npm', ['run', '--silent', 'build'], npmApp);
  checkBuild(npmApp);

  const welcome = welcomeCase(npmApp);
  const demoSeedFile = installed(npmApp, '@promokit/engine/seeds/demo.json');
  // Credentials of this run's engine, which the pnpm app's BFF is given as Voucherify's.
  const credentials = { id: 'fresh-install', token: `token-${process.pid}-${Date.now()}` };

  step('npm app: promokit-bff with the embedded engine and the demo seed');
  const embedded = start(join(npmApp, 'node_modules/.bin/promokit-bff'), [], {
    cwd: npmApp,
    env: { PORT: '0', HOST: '127.0.0.1', PROMOKIT_ENGINE_DB: join(npmApp, 'bff-engine.sqlite') },
    pattern: /PromoKit BFF on (http:\/\/\S+\/api\/promotions), upstream: embedded engine/,
  });
  servers.push(embedded);
  step(await validateWelcome(await embedded.url, welcome));

  step('npm app: promokit-engine serve --seed (demo seed); pnpm app: promokit-bff calling it as Voucherify');
  const engine = start(
    join(npmApp, 'node_modules/.bin/promokit-engine'),
    ['serve', '--db', join(npmApp, 'engine.sqlite'), '--seed', demoSeedFile, '--port', '0'],
    {
      cwd: npmApp,
      env: { PROMOKIT_ENGINE_APP_ID: credentials.id, PROMOKIT_ENGINE_APP_TOKEN: credentials.token },
      pattern: /PromoKit engine listening on (http:\/\/\S+)/,
    },
  );
  servers.push(engine);
  const voucherify = start(join(pnpmApp, 'node_modules/.bin/promokit-bff'), [], {
    cwd: pnpmApp,
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      VOUCHERIFY_URL: await engine.url,
      VOUCHERIFY_APP_ID: credentials.id,
      VOUCHERIFY_APP_TOKEN: credentials.token,
      PROMOKIT_CASE_SENSITIVE_CODES: String(readJson(demoSeedFile).case_sensitive_codes),
    },
    pattern: /PromoKit BFF on (http:\/\/\S+\/api\/promotions), upstream: voucherify/,
  });
  servers.push(voucherify);
  step(await validateWelcome(await voucherify.url, welcome));
  step('fresh installs with npm and pnpm build the README app and serve WELCOME10');
} catch (error) {
  for (const server of servers) console.error(`--- output of a server:\n${server.output()}`);
  console.error(error);
  process.exitCode = 1;
} finally {
  if (npmInstall && npmInstall.child.exitCode === null) npmInstall.child.kill('SIGTERM');
  await Promise.all(servers.map(stop));
  step('servers stopped');
  rmSync(work, { recursive: true, force: true });
  step('cleaned up');
}
