/** Development mode shows stack traces and internal details; every other mode hides them. */
export function isDevelopment(): boolean {
  return process.env.NODE_ENV === "development";
}
