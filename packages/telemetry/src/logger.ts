import pino, { type DestinationStream, type Logger } from "pino";
import pretty from "pino-pretty";
import { CENSOR, REDACTED_PATHS } from "./redact.js";

export type { Logger } from "pino";

export interface LoggerOptions {
  /** The service's name, on every line. */
  service: string;
  level: string;
  /** Readable lines for a person at a terminal instead of JSON. */
  development: boolean;
  /** Where the lines go; standard output by default. */
  destination?: DestinationStream;
}

/** A subgraph's logger: one JSON object per line (pino), readable in development, secrets redacted. */
export function createLogger(options: LoggerOptions): Logger {
  const settings = {
    level: options.level,
    base: { service: options.service },
    redact: { paths: REDACTED_PATHS, censor: CENSOR },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  // Synchronous: no worker thread per process, and nothing is lost when the process exits.
  if (options.destination) return pino(settings, options.destination);
  if (options.development) return pino(settings, pretty({ sync: true, colorize: process.stdout.isTTY, singleLine: true, ignore: "pid,hostname,service", messageFormat: "{service}: {msg}", translateTime: "HH:MM:ss.l" }));
  return pino(settings, pino.destination({ sync: true }));
}
