/**
 * A code fit for logs: gift card and loyalty card numbers are bearer secrets, so all but their last
 * four characters become `*`. Codes of four characters or fewer are masked whole.
 */
export function maskCode(code: string): string {
  return code.length > 4 ? `${'*'.repeat(code.length - 4)}${code.slice(-4)}` : '*'.repeat(code.length);
}
