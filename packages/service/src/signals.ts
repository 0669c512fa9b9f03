import type { RunningServer } from "./serve.js";

const SIGNALS = ["SIGTERM", "SIGINT"] as const;

/**
 * Keeps a started server until SIGTERM or SIGINT, then stops it gracefully and exits: 0 once
 * requests in flight have finished and resources are released, 1 if stopping failed. `release`
 * runs last, after the server has stopped (e.g. sending the spans still buffered).
 */
export function stopOnSignal(running: RunningServer, release: () => Promise<void> = async () => {}): void {
  let stopping = false;
  const shutdown = () => {
    // A repeated signal (a service manager's, or tsx relaying it) must not cut the drain short.
    if (stopping) return;
    stopping = true;
    void running.stop().then(release).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("stopping failed:", error);
        process.exit(1);
      },
    );
  };
  for (const signal of SIGNALS) {
    // Libraries stop on these signals at once (Apollo Server outside NODE_ENV=test, and the
    // gateway runtime's HTTP adapter disposes itself), failing requests in flight; the graceful
    // stop above releases them after the drain instead.
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
    process.on(signal, shutdown);
  }
}
