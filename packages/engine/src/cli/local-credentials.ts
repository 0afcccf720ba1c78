/** Default `X-App-Id` of a local engine, when `PROMOKIT_ENGINE_APP_ID` is unset. Not a secret. */
export const LOCAL_APP_ID = 'promokit-local';

/** Default `X-App-Token` of a local engine, when `PROMOKIT_ENGINE_APP_TOKEN` is unset. Not a secret. */
export const LOCAL_APP_TOKEN = 'promokit-local-token';

/** Engine credentials from `PROMOKIT_ENGINE_APP_ID` / `PROMOKIT_ENGINE_APP_TOKEN`, else the local defaults. */
export function credentialsFromEnv(env: NodeJS.ProcessEnv): { appId: string; appToken: string } {
  return {
    appId: env['PROMOKIT_ENGINE_APP_ID'] || LOCAL_APP_ID,
    appToken: env['PROMOKIT_ENGINE_APP_TOKEN'] || LOCAL_APP_TOKEN,
  };
}
