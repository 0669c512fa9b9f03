import { ConfigError } from "./env.js";

/** The exit code of a process that refused its configuration (EX_CONFIG): starting it again cannot help. */
export const CONFIG_REFUSED_EXIT_CODE = 78;

/** Runs a process's start; a refused configuration ends it with the message and exit code 78 (EX_CONFIG). */
export async function exitOnConfigError<T>(start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(CONFIG_REFUSED_EXIT_CODE);
  }
}
