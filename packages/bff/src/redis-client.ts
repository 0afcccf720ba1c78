/**
 * What {@link redisStore} asks of a Redis client: the commands it sends, typed by what it reads
 * back, and nothing of any one client library's own types. An ioredis `Redis` of 5.x or 6.x (which
 * made the class generic, `Redis<"legacy">`) is one as it is, whichever copy of ioredis the app
 * installed; so is any client with these methods. Replies are those of RESP2, ioredis's default.
 */
export interface RedisClient {
  /** `EVAL script numKeys ...keys ...args`: the script's reply. */
  eval(script: string, numKeys: number, ...keysAndArgs: (string | number)[]): Promise<unknown>;
  /** `MULTI`: the transaction {@link redisStore} reads a counter with. */
  multi(): RedisTransaction;
  /** `GET key`: the value, or `null`. */
  get(key: string): Promise<string | null>;
  /** `SET key value PX ms`. */
  set(key: string, value: string, px: 'PX', milliseconds: number): Promise<unknown>;
  /** `SET key value PX ms NX`: `'OK'` when set, `null` when the key existed. */
  set(key: string, value: string, px: 'PX', milliseconds: number, nx: 'NX'): Promise<'OK' | null>;
  /** `DEL key`. */
  del(key: string): Promise<unknown>;
  /** `PUBLISH channel message`. */
  publish(channel: string, message: string): Promise<unknown>;
  /** A new connection with the same options: the subscriber of the invalidations channel. */
  duplicate(): RedisSubscriber;
}

/** The `MULTI` of a {@link RedisClient}, as {@link redisStore} chains it: `GET`, `PTTL`, `EXEC`. */
export interface RedisTransaction {
  get(key: string): RedisTransaction;
  pttl(key: string): RedisTransaction;
  /** Each command's `[error, reply]`, or `null` when the transaction was aborted. */
  exec(): Promise<[Error | null, unknown][] | null>;
}

/** The subscriber connection of a {@link RedisClient}. */
export interface RedisSubscriber {
  /** Listens to `message` events: `(channel, message)`. */
  on(event: 'message', listener: (channel: string, message: string) => void): unknown;
  subscribe(channel: string): Promise<unknown>;
  disconnect(): void;
}
