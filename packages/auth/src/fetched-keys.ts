import { exportJWK, type CryptoKey, type FlattenedJWSInput, type JWTHeaderParameters } from "jose";
import { isKnownKey } from "@frikommune/config";

/** Where a refusal is logged: the subgraphs' pino logger and the gateway's both take (fields, message). */
export interface ErrorLog {
  error(fields: Record<string, unknown>, message: string): void;
}

type GetKey = (header: JWTHeaderParameters, token: FlattenedJWSInput) => Promise<CryptoKey>;

/** Whether a key a set returned is a development key, judged once per key. */
const judged = new WeakMap<CryptoKey, boolean>();

/**
 * A fetched key set (`setting` names it) that never yields a development key: a token signed with
 * one is refused like any other bad token, and each such refusal is logged as an error.
 */
export function refusingKnownKeys(keys: GetKey, setting: string, log: ErrorLog): GetKey {
  return async (header, token) => {
    const key = await keys(header, token);
    let known = judged.get(key);
    if (known === undefined) judged.set(key, (known = isKnownKey(await exportJWK(key))));
    if (known) {
      log.error({ setting, kid: header.kid ?? null }, `the key set of ${setting} holds a development key, public in this repository; a request signed with it was refused`);
      throw new Error(`${setting} holds a development key`);
    }
    return key;
  };
}
