import type { Reconciliation } from './reconcile.js';
import type { Sample } from './shopper.js';

/** A fault injected into the run, from its start to when the engine was healthy again (ms since the run began). */
export interface FaultWindow {
  name: string;
  start: number;
  end: number;
}

/** What {@link printReport} prints. */
export interface LoadReport {
  shoppers: number;
  seconds: number;
  faults: boolean;
  samples: readonly Sample[];
  windows: readonly FaultWindow[];
  result: Reconciliation;
  /** The engine's answers through the proxy, by endpoint: what the BFFs' calls cost upstream. */
  engineCalls: readonly { endpoint: string; ms: number }[];
}

/** How long after a fault the BFF may still answer from an open circuit, or the engine work off its backlog. */
const RECOVERY_MS = 2000;

const ROUTES = ['session', 'qualifications', 'validate', 'redeem', 'rollback'];

/** The `q` quantile (0–1) of sorted `values`, nearest rank. */
function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const ms = (value: number) => (Number.isNaN(value) ? '-' : `${value.toFixed(0)} ms`);
const overlaps = (sample: Sample, window: FaultWindow) =>
  sample.start < window.end && sample.end > window.start;

/**
 * Prints the run: requests, outcomes by kind and p50/p99 by route, degraded answers outside the
 * fault windows, and the reconciliation. True when the run failed: any ghost, lost, doubled or
 * mis-charged redemption.
 */
export function printReport(report: LoadReport): boolean {
  const { samples, windows, result } = report;
  const lines: string[] = [];
  lines.push(
    `${report.shoppers} shoppers, ${report.seconds} s, faults ${report.faults ? 'on' : 'off'}: ${samples.length} requests`,
  );
  for (const window of windows)
    lines.push(
      `  fault ${window.name}: ${(window.start / 1000).toFixed(1)}–${(window.end / 1000).toFixed(1)} s`,
    );
  lines.push('', 'route            requests      p50      p99  outcomes');
  for (const route of ROUTES) {
    const ofRoute = samples.filter((sample) => sample.route === route);
    if (!ofRoute.length) continue;
    const durations = ofRoute.map((sample) => sample.end - sample.start).sort((a, b) => a - b);
    const kinds = new Map<string, number>();
    for (const sample of ofRoute) kinds.set(sample.kind, (kinds.get(sample.kind) ?? 0) + 1);
    const outcomes = [...kinds].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${kind} ${count}`);
    lines.push(
      `${route.padEnd(16)} ${String(ofRoute.length).padStart(8)} ${ms(quantile(durations, 0.5)).padStart(8)} ${ms(quantile(durations, 0.99)).padStart(8)}  ${outcomes.join(', ')}`,
    );
  }
  lines.push('', 'engine endpoint                          calls      p50      p99');
  const endpoints = new Map<string, number[]>();
  for (const call of report.engineCalls)
    endpoints.set(call.endpoint, [...(endpoints.get(call.endpoint) ?? []), call.ms]);
  for (const [endpoint, durations] of [...endpoints].sort((a, b) => b[1].length - a[1].length)) {
    durations.sort((a, b) => a - b);
    lines.push(
      `${endpoint.padEnd(38)} ${String(durations.length).padStart(6)} ${ms(quantile(durations, 0.5)).padStart(8)} ${ms(quantile(durations, 0.99)).padStart(8)}`,
    );
  }
  const degraded = samples.filter((sample) => sample.degraded);
  // An order whose redemption was in doubt during a fault is still being settled after it: its
  // retries answer unknown until the BFF knows what the engine booked. They are the fault's.
  const inDoubtFromFault = new Set(
    degraded
      .filter((sample) => sample.orderId && windows.some((window) => overlaps(sample, window)))
      .map((sample) => sample.orderId),
  );
  const settling = degraded.filter(
    (sample) =>
      sample.orderId &&
      inDoubtFromFault.has(sample.orderId) &&
      !windows.some((window) => overlaps(sample, window)),
  );
  // Once the engine is back, each instance's open circuit lets a probe through within its 1 s
  // cooldown, and the engine works off what waited for it: the BFF is recovering.
  const recovering = degraded.filter(
    (sample) =>
      !settling.includes(sample) &&
      !windows.some((window) => overlaps(sample, window)) &&
      windows.some((window) => sample.start >= window.end && sample.start < window.end + RECOVERY_MS),
  );
  const healthy = degraded.filter(
    (sample) =>
      !windows.some((window) => overlaps(sample, window)) &&
      !settling.includes(sample) &&
      !recovering.includes(sample),
  );
  const byKind = new Map<string, number>();
  for (const sample of healthy) {
    const key = `${sample.route} ${sample.kind}`;
    byKind.set(key, (byKind.get(key) ?? 0) + 1);
  }
  // The time shoppers were placing orders with the engine healthy: outside every fault and its recovery.
  const runMs = report.seconds * 1000;
  const faultyMs = windows.reduce(
    (sum, window, i) =>
      sum +
      Math.max(
        0,
        Math.min(runMs, window.end + RECOVERY_MS) -
          Math.max(
            window.start,
            ...windows.slice(0, i).map((earlier) => Math.min(runMs, earlier.end + RECOVERY_MS)),
          ),
      ),
    0,
  );
  lines.push(
    '',
    `the engine was healthy for ${((runMs - Math.min(runMs, faultyMs)) / 1000).toFixed(1)} s of the ${report.seconds} s`,
    `degraded answers (no offers, promotions_unavailable, unknown, 503, no answer): ${degraded.length}`,
    `  during a fault: ${degraded.length - settling.length - recovering.length - healthy.length}`,
    `  after a fault, retries of orders in doubt since it: ${settling.length}`,
    `  within ${RECOVERY_MS / 1000} s after a fault ended (the circuit's cooldown, the engine's backlog): ${recovering.length}`,
    `  while the engine was healthy: ${healthy.length}${
      healthy.length ? ` (${[...byKind].map(([key, count]) => `${key} ${count}`).join(', ')})` : ''
    }`,
  );
  const failed =
    result.ghost.length + result.lost.length + result.doubled.length + result.misCharged.length > 0;
  const list = (ids: readonly string[]) => (ids.length ? ` (${ids.slice(0, 10).join(' ')})` : '');
  lines.push(
    `orders: ${result.orders}, redemptions rolled back: ${result.rolledBack}, unresolved: ${result.unresolved.count} (${result.unresolved.booked} of them booked)`,
    `ghost: ${result.ghost.length}${list(result.ghost)}`,
    `lost: ${result.lost.length}${list(result.lost)}`,
    `doubled: ${result.doubled.length}${list(result.doubled)}`,
    `charged other than told: ${result.misCharged.length}${list(result.misCharged)}`,
    failed ? 'FAILED' : 'OK',
  );
  console.info(lines.join('\n'));
  return failed;
}
