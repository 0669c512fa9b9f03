// Hand-written, for no library fits: pm2 keeps the processes in a daemon of its own that outlives the stack,
// and respawn and forever-monitor have had no release since 2019 and 2020.

/** The pause before starting again a service that exited; it doubles with each exit in a row… */
const FIRST_PAUSE_MS = 500;
/** …up to this. */
const LONGEST_PAUSE_MS = 30_000;
/** A service that ran this long before it exited had run well: the pause after it is the first again. */
const RAN_WELL_MS = 60_000;

/**
 * How long a supervised service waits before it is started again: 0.5 s after it exits, doubling
 * with each exit in a row up to 30 s, and 0.5 s again once it has run for a minute.
 */
export class RestartBackoff {
  private exitsInARow = 0;

  /** The pause before the next start, for a process that ran `ranMs` before it exited. */
  pauseAfter(ranMs: number): number {
    if (ranMs >= RAN_WELL_MS) this.exitsInARow = 0;
    return Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** this.exitsInARow++);
  }
}
