/**
 * The order of the post-test's questions for one participant: every question (or scenario with
 * its questions) in another place than in the pre-test, the same order each time the participant
 * opens it, and a different order from the person in the next seat. Pure.
 */

/** A small seeded generator (mulberry32) from a text seed (FNV-1a). */
function generator(seed: string): () => number {
  let state = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A permutation of 0…count−1 that leaves no position in place (for count ≥ 2), decided by the
 * seed: shuffles until no item stays put, which takes about e ≈ 2.7 tries on average.
 */
export function shuffledOrder(count: number, seed: string): number[] {
  const identity = [...Array(count).keys()];
  if (count < 2) return identity;
  const random = generator(seed);
  for (;;) {
    const order = [...identity];
    for (let i = count - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    if (order.every((item, place) => item !== place)) return order;
  }
}
