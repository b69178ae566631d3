/**
 * Counts presses of Shift on its own: three within the time window mean "leave now". Any other
 * key in between starts over, so typing capital letters never triggers an exit. No DOM.
 */
export const PRESSES_NEEDED = 3;
export const WINDOW_MS = 5000;

export class ShiftSequence {
  private presses: number[] = [];

  /** Feeds one keydown; returns how many Shift presses the current sequence has. */
  keydown(key: string, repeat: boolean, now: number): number {
    if (key !== 'Shift') {
      this.presses = [];
      return 0;
    }
    if (repeat) return this.presses.length;
    this.presses = [...this.presses.filter((t) => now - t < WINDOW_MS), now];
    return this.presses.length;
  }

  reset(): void {
    this.presses = [];
  }
}
