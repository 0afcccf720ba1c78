/**
 * Writes a zod issue path the way error messages show it: `.campaigns[0].vouchers[1].code`.
 * The root path is the empty string.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
}
