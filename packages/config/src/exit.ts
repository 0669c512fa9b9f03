import { ConfigError } from "./env.js";

/** Runs a process's start; a refused configuration ends it with the message and exit code 78 (EX_CONFIG). */
export async function exitOnConfigError<T>(start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(78);
  }
}
