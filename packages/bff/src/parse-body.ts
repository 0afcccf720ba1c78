import { PromoError } from '@promokit/core';
import type { z } from 'zod';

import { badRequest } from './http-errors.js';

/** Reads a JSON body and parses it with a contract schema: 400 naming the bad field otherwise. */
export async function parseBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let json: unknown;
  try {
    json = await request.json();
  } catch (cause) {
    if (cause instanceof PromoError) throw cause;
    throw new PromoError('bad_request', 'The request body is not valid JSON', { status: 400, cause });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw badRequest(parsed.error);
  return parsed.data;
}
