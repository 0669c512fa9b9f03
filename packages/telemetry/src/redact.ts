/**
 * Paths never written to a log, in pino's syntax (the gateway's logger takes the same): tokens,
 * keys, passwords and connection strings, wherever a line might carry them.
 */
export const REDACTED_PATHS = [
  "authorization",
  "headers.authorization",
  "headers.cookie",
  "req.headers.authorization",
  "req.headers.cookie",
  "token",
  "password",
  "secret",
  "signingKey",
  "databaseUrl",
  "*.authorization",
  "*.token",
  "*.password",
  "*.secret",
  "*.signingKey",
  "*.databaseUrl",
];

export const CENSOR = "[redacted]";
