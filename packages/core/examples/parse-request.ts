import { validateRequestSchema } from '@promokit/core';

export async function POST(request: Request): Promise<Response> {
  const { cart, codes } = validateRequestSchema.parse(await request.json()); // codes trimmed, in NFC
  return Response.json({ lines: cart.lines.length, codes });
}
