/**
 * A code as the shopper typed it, ready to send: surrounding white space dropped and the text put
 * in Unicode Normalization Form C. Letters keep their case and every character its spelling:
 * whether `Sp7x-kQ2m` and `SP7X-KQ2M` are one code is the project's choice (see
 * {@link CodeMatching}), never the kit's.
 *
 * Why NFC: the same visible code reaches the kit in different code points depending on where it
 * was typed or pasted from (`é` as one precomposed letter, or as `e` plus a combining acute accent,
 * as macOS and iOS input and some PDFs give it). Canonically equivalent strings look identical and
 * mean the same text (Unicode Standard Annex #15), so choosing one form changes nothing the
 * shopper can see. NFC is the composed form that dashboards, CSV exports and most keyboards
 * produce and that the W3C Character Model recommends for text on the web, so a code created in
 * an admin screen and the same code typed at checkout arrive as the same string.
 */
export function normalizeCode(value: string): string {
  return value.trim().normalize('NFC');
}
