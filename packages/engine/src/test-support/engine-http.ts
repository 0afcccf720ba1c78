import type {
  QualificationsCheckEligibilityResponseBody,
  RedemptionsRedeemResponseBody,
  ValidationsValidateResponseBody,
} from '@promokit/voucherify';

import { openEngine, type Engine } from '../engine.js';
import { createEngineApp } from '../http/app.js';
import type { SeedInput } from '../seed/seed-schema.js';

const credentials = { appId: 'app-id', appToken: 'app-token' };
const headers = { 'X-App-Id': 'app-id', 'X-App-Token': 'app-token', 'Content-Type': 'application/json' };

/** An answer of the engine's HTTP face: its status and JSON body. */
export interface HttpAnswer<T> {
  status: number;
  body: T;
}

/** The engine on a real SQLite file behind its Hono app, reached as Voucherify's API is. */
export interface EngineOverHttp {
  engine: Engine;
  post<T = unknown>(path: string, body: unknown): Promise<HttpAnswer<T>>;
  validate(body: unknown): Promise<ValidationsValidateResponseBody>;
  qualify(body: unknown): Promise<QualificationsCheckEligibilityResponseBody>;
  redeem(body: unknown): Promise<HttpAnswer<RedemptionsRedeemResponseBody>>;
}

/** Opens an engine on `file` with `seed` and a clock, and talks to it over its HTTP app. */
export function engineOverHttp(
  file: string,
  seed: SeedInput,
  now: () => Date = () => new Date(),
): EngineOverHttp {
  const engine = openEngine({ file, seed, now });
  const app = createEngineApp(engine, credentials);
  const post = async <T>(path: string, body: unknown): Promise<HttpAnswer<T>> => {
    const response = await app.request(path, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as T };
  };
  const ok = async <T>(path: string, body: unknown): Promise<T> => {
    const answer = await post<T>(path, body);
    if (answer.status !== 200)
      throw new Error(`${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  return {
    engine,
    post,
    validate: (body) => ok('/v1/validations', body),
    qualify: (body) => ok('/v1/qualifications', body),
    redeem: (body) => post('/v1/redemptions', body),
  };
}
