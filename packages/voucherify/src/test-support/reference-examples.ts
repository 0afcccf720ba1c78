import type { ReferenceFileName } from './voucherify-reference-manifest.js';

/**
 * Where each recorded exchange of a copy's `examples/` comes from in the pinned spec files, so a
 * run without a copy builds the same exchanges in memory from the downloaded files. Only locations
 * live here (JSON pointers, example names, guide sections) and the labels a copy adds (method,
 * path, status, header names); the data is always read from Voucherify's files.
 */

/** Reads a file of the reference: `json` parses it, `text` gives it as text. */
export interface ReferenceReader {
  json(name: ReferenceFileName): unknown;
  text(name: ReferenceFileName): string;
}

interface Recipe {
  /** The files the exchange is built from. */
  sources: ReferenceFileName[];
  build(read: ReferenceReader): Record<string, unknown>;
}

/** Thrown when a recipe's location does not exist in the file it reads. */
export class ReferenceLocationError extends Error {
  constructor(
    readonly file: string,
    readonly location: string,
  ) {
    super(`Voucherify reference ${file} has nothing at ${location}`);
    this.name = 'ReferenceLocationError';
  }
}

/** The value at an RFC 6901 JSON pointer of `document`. */
function atPointer(document: unknown, pointer: string, file: string): unknown {
  let node = document;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key))
      throw new ReferenceLocationError(file, pointer);
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const escapeToken = (token: string) => token.replaceAll('~', '~0').replaceAll('/', '~1');

/** Named examples of one operation of a spec file (`paths.<path>.<method>`). */
function operation(read: ReferenceReader, file: ReferenceFileName, method: string, path: string) {
  const base = `/paths/${escapeToken(path)}/${method.toLowerCase()}`;
  const media = (where: string) => `${base}/${where}/content/application~1json/examples`;
  const named = (pointer: string, name: string) =>
    atPointer(read.json(file), `${pointer}/${escapeToken(name)}/value`, file);
  const all = (pointer: string, names?: string[]) => {
    const examples = atPointer(read.json(file), pointer, file) as Record<string, unknown>;
    return Object.fromEntries((names ?? Object.keys(examples)).map((name) => [name, named(pointer, name)]));
  };
  return {
    request: (name: string) => named(media('requestBody'), name),
    requests: (names?: string[]) => all(media('requestBody'), names),
    response: (status: number, name: string) => named(media(`responses/${status}`), name),
    responses: (status: number, names?: string[]) => all(media(`responses/${status}`), names),
    /** The chosen responses keyed `METHOD path status name`, as a copy's `08-errors.json` does. */
    keyed: (status: number, names: string[]) =>
      Object.fromEntries(
        Object.entries(all(media(`responses/${status}`), names)).map(([name, value]) => [
          `${method} ${path} ${status} ${name}`,
          value,
        ]),
      ),
  };
}

/**
 * The JSON of the code block titled `title` (e.g. "json 200 OK Response") in the section headed
 * `## heading` of a guide.
 */
function guideBlock(read: ReferenceReader, file: ReferenceFileName, heading: string, title: string): unknown {
  const lines = read.text(file).split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  const section = lines.slice(start, end === -1 ? undefined : end);
  const open = section.findIndex((line) => line.trim() === `\`\`\`${title}`);
  const close = section.findIndex((line, index) => index > open && line.trim() === '```');
  if (start === -1 || open === -1 || close === -1)
    throw new ReferenceLocationError(file, `## ${heading} → \`\`\`${title}`);
  return JSON.parse(section.slice(open + 1, close).join('\n'));
}

const GUIDE = 'manage-stackable-discounts.mdx';

const RECIPES: Record<string, Recipe> = {
  '01-qualifications.json': {
    sources: ['qualifications.json'],
    build: (read) => {
      const op = operation(read, 'qualifications.json', 'POST', '/v1/qualifications');
      return {
        method: 'POST',
        path: '/v1/qualifications',
        status: 200,
        request: op.request('ALL scenario with options'),
        response: op.response(200, 'Qualification for bundles'),
      };
    },
  },
  '02-validations-valid-5-redeemables.json': {
    sources: ['validations.json'],
    build: (read) => {
      const op = operation(read, 'validations.json', 'POST', '/v1/validations');
      return {
        method: 'POST',
        path: '/v1/validations',
        status: 200,
        request: op.request('5 Redeemables'),
        response: op.response(200, 'True - 5 Redeemables'),
      };
    },
  },
  '03-validations-invalid.json': {
    sources: ['validations.json'],
    build: (read) => ({
      method: 'POST',
      path: '/v1/validations',
      status: 200,
      request: null,
      response: operation(read, 'validations.json', 'POST', '/v1/validations').response(200, 'False'),
    }),
  },
  '04-validations-400-errors.json': {
    sources: ['validations.json'],
    build: (read) => ({
      method: 'POST',
      path: '/v1/validations',
      status: 400,
      request: null,
      responses: operation(read, 'validations.json', 'POST', '/v1/validations').responses(400),
    }),
  },
  '05-redemptions-stackable.json': {
    sources: [GUIDE],
    build: (read) => ({
      method: 'POST',
      path: '/v1/redemptions',
      status: 200,
      request: guideBlock(read, GUIDE, 'Redemption', 'json Example request'),
      response: guideBlock(read, GUIDE, 'Redemption', 'json 200 OK Response'),
    }),
  },
  '06-redemptions-rollback-single.json': {
    sources: ['redemptions.json'],
    build: (read) => {
      const op = operation(read, 'redemptions.json', 'POST', '/v1/redemptions/{redemptionId}/rollback');
      return {
        method: 'POST',
        path: '/v1/redemptions/{redemptionId}/rollback',
        status: 200,
        request: op.request('Promotion'),
        responses: op.responses(200),
      };
    },
  },
  '07-redemptions-rollbacks-stackable.json': {
    sources: ['redemptions.json', GUIDE],
    build: (read) => {
      const path = '/v1/redemptions/{parentRedemptionId}/rollbacks';
      const op = operation(read, 'redemptions.json', 'POST', path);
      return {
        method: 'POST',
        path,
        status: 200,
        request: op.request('Promotion'),
        response: guideBlock(read, GUIDE, 'Rollback', 'json 200 OK Response'),
        error_responses_400: op.responses(400),
      };
    },
  },
  '08-errors.json': {
    sources: ['redemptions.json', 'validations.json', 'client-side.json'],
    build: (read) => {
      const redemptions = (method: string, path: string) => operation(read, 'redemptions.json', method, path);
      const validations = (method: string, path: string) => operation(read, 'validations.json', method, path);
      const clientSide = (method: string, path: string) => operation(read, 'client-side.json', method, path);
      const rollback = redemptions('POST', '/v1/redemptions/{redemptionId}/rollback');
      const legacyValidate = validations('POST', '/v1/vouchers/{code}/validate');
      const clientValidate = clientSide('GET', '/client/v1/validate');
      return {
        http_error_bodies: {
          ...redemptions('POST', '/v1/vouchers/{code}/redemption').keyed(400, [
            'Voucher disabled',
            'Invalid Customer',
            'Voucher Inactive',
          ]),
          ...redemptions('POST', '/v1/promotions/tiers/{promotionTierId}/redemption').keyed(400, [
            'Inactive Promotion',
          ]),
          ...rollback.keyed(400, [
            'Already rolledback',
            'Invalid Redemption Parent',
            'Invalid Redemption',
            'Invalid Order',
            'Invalidate Customer',
          ]),
          ...rollback.keyed(404, ['Cannot find customer']),
          ...legacyValidate.keyed(400, ['Missing reward', 'Missing Parameter', 'Metadata Validation Failed']),
          ...clientValidate.keyed(400, ['Missing customer', 'Ambiguous tracking ID']),
        },
        legacy_single_code_validation_invalid_bodies: {
          ...legacyValidate.keyed(200, [
            'False',
            'Voucher expired',
            'Loyalty points exceeded',
            'Voucher disabled',
            'Cannot be redeemed by referrer',
          ]),
          ...clientValidate.keyed(200, ['Wrong customer', 'Validation Rule Not Satisfied']),
        },
        redemption_objects_failed_and_stacked: redemptions('GET', '/v1/redemptions/{redemptionId}').keyed(
          200,
          ['Failed Voucher', 'Failed Promotion Tier', 'Failed Redemption', 'Stacked Redemption'],
        ),
      };
    },
  },
  '09-webhooks-redemption-events.json': {
    sources: ['OpenAPIWebhooks.json'],
    build: (read) => {
      const webhook = (event: string) => {
        const pointer = `/webhooks/EVENTS.${event.toUpperCase()}/post/requestBody/content/application~1json/examples`;
        const examples = atPointer(read.json('OpenAPIWebhooks.json'), pointer, 'OpenAPIWebhooks.json');
        return Object.fromEntries(
          Object.entries(examples as Record<string, { value: unknown }>).map(([name, e]) => [name, e.value]),
        );
      };
      const events = [
        'redemption.succeeded',
        'redemption.failed',
        'redemption.rollback.succeeded',
        'redemption.rollback.failed',
      ];
      return {
        header: 'x-voucherify-signature',
        events: Object.fromEntries(events.map((event) => [event, webhook(event)])),
      };
    },
  },
  '10-client-side-requests.json': {
    sources: ['client-side.json'],
    build: (read) => {
      const op = (path: string) => operation(read, 'client-side.json', 'POST', path);
      return {
        note_headers: ['X-Client-Application-Id', 'X-Client-Token', 'origin'],
        'POST /client/v1/validations': {
          requests: op('/client/v1/validations').requests(),
          error_responses_400: op('/client/v1/validations').responses(400),
        },
        'POST /client/v1/redemptions': { requests: op('/client/v1/redemptions').requests() },
        'POST /client/v1/events': {
          requests: op('/client/v1/events').requests(),
          response_200: op('/client/v1/events').response(200, 'Example'),
        },
      };
    },
  },
};

/** File names of the recorded exchanges (a copy's `examples/`) that can be built from the spec files. */
export const REFERENCE_EXAMPLES = Object.keys(RECIPES);

/** The reference files the exchange `example` (e.g. `05-redemptions-stackable.json`) is built from. */
export function exampleSources(example: string): ReferenceFileName[] {
  const recipe = RECIPES[example];
  if (recipe === undefined) throw new Error(`No recorded exchange ${example} in the Voucherify reference`);
  return recipe.sources;
}

/**
 * Builds the recorded exchange `example` from the reference files.
 *
 * @throws ReferenceLocationError when a location is missing from its file.
 */
export function buildExample(example: string, read: ReferenceReader): Record<string, unknown> {
  const sources = exampleSources(example);
  return RECIPES[example]!.build({
    json: (name) => {
      if (!sources.includes(name))
        throw new Error(`${example} is declared to read only ${sources.join(', ')}`);
      return read.json(name);
    },
    text: (name) => {
      if (!sources.includes(name))
        throw new Error(`${example} is declared to read only ${sources.join(', ')}`);
      return read.text(name);
    },
  });
}
