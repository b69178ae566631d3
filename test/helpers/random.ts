/** A small deterministic generator for the random tests: `pick(n)` is a whole number below n, and a seed repeats its sequence. */
export function random(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state ^ (state >>> 15), 2246822519) + 3266489917) >>> 0;
    state = (state ^ (state >>> 13)) >>> 0;
    return state % n;
  };
}
