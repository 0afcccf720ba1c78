import { useCallback, useState } from 'react';

/**
 * `value`/`defaultValue`/`onValueChange` parity for a part: controlled when `value` is given,
 * uncontrolled from `defaultValue` otherwise; `onValueChange` hears every change either way.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onValueChange: ((value: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const current = controlled ? value : own;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next);
      onValueChange?.(next);
    },
    [controlled, onValueChange],
  );
  return [current, set];
}
