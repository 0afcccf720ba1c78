/**
 * `call`'s outcome, or `budget`'s reason as soon as it aborts, whichever comes first; `call` itself
 * goes on and settles unobserved. Only for calls that change nothing upstream (reads): their late
 * answer is still heard by the circuit breaker, which then knows the upstream is busy, not broken,
 * and the connection is kept for the next call instead of being torn down.
 */
export function withinBudget<T>(call: Promise<T>, budget: AbortSignal): Promise<T> {
  // Its outcome, once the request has stopped waiting, has already been judged by the breaker.
  call.catch(() => {});
  if (budget.aborted) return Promise.reject(budget.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const stop = () => reject(budget.reason as Error);
    budget.addEventListener('abort', stop, { once: true });
    call.then(resolve, reject).finally(() => budget.removeEventListener('abort', stop));
  });
}
