/**
 * The participant code a trainee types before a test: team and seat numbers (what the trainer's
 * class table and team report go by) and, if they wish, a name for the certificate. Pure.
 */
export const MAX_TEAM = 99;
export const MAX_SEAT = 99;
export const MAX_NAME = 80;

export interface ParticipantInfo {
  team: number;
  seat: number;
  /** Optional; stays on the device and in the QR code shown to the trainer. */
  name: string;
}

export type ParticipantProblem = 'team' | 'seat';

const whole = (text: string, max: number): number | undefined => {
  const digits = text.trim().replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
  if (!/^\d{1,3}$/.test(digits)) return undefined;
  const n = Number(digits);
  return n >= 1 && n <= max ? n : undefined;
};

/** Reads the form's fields (Thai digits accepted); names the first field that is not right. */
export function readParticipant(
  team: string,
  seat: string,
  name: string,
): { ok: true; participant: ParticipantInfo } | { ok: false; problem: ParticipantProblem } {
  const t = whole(team, MAX_TEAM);
  if (t === undefined) return { ok: false, problem: 'team' };
  const s = whole(seat, MAX_SEAT);
  if (s === undefined) return { ok: false, problem: 'seat' };
  return { ok: true, participant: { team: t, seat: s, name: cleanName(name) } };
}

/** A name as typed, without control characters or runs of spaces, at most MAX_NAME characters. */
export function cleanName(name: string): string {
  return (
    name
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_NAME)
  );
}
