import { type Context, createContext, useContext } from 'react';

/**
 * A compound component's shared state: the context its root provides, and a reader for its parts
 * that throws an error naming the misused part, e.g. "<TierProgress.Indicator> must be used inside
 * <TierProgress.Root>." (in a production build, only "TierProgress.Indicator").
 */
export function createPartContext<T>(component: string): [Context<T | null>, (part: string) => T] {
  const context = createContext<T | null>(null);
  const usePart = (part: string): T => {
    const value = useContext(context);
    if (value === null) {
      // The sentence only in development builds, as React's own errors; production names the part.
      throw new Error(
        process.env.NODE_ENV !== 'production'
          ? `<${component}.${part}> must be used inside <${component}.Root>.`
          : `${component}.${part}`,
      );
    }
    return value;
  };
  return [context, usePart];
}
