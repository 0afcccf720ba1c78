// The engine proxy's thread: loads `engine-proxy.ts` through tsx, as the load run itself is loaded.
import { register } from 'tsx/esm/api';

register();
await import('./engine-proxy.ts');
