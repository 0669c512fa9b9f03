import type { RunningServer } from "./server.js";

/** Keeps a started server until SIGTERM or SIGINT, then stops it cleanly. */
export function stopOnSignal(running: RunningServer): void {
  const shutdown = () => void running.stop().then(() => process.exit(0));
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}
