/**
 * The browser's localStorage, or undefined where reading it throws (storage blocked by the
 * browser or by privacy settings). Scripts pass this to the safe helpers in src/lib.
 */
export function deviceStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
