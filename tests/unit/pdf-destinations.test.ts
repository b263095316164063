/** Destination names in the PDFs: the id, within PDF's 127-byte limit (src/integrations/pdf/destinations.ts). */
import { expect, test } from 'vitest';
import { destinationName } from '../../src/integrations/pdf/destinations.ts';

test('a name that is already an id stays as it is', () => {
  expect(destinationName('m1-15kp01k')).toBe('m1-15kp01k');
  expect(destinationName('')).toBe('');
});

test('an id past 127 bytes is cut, with a hash that keeps two long ids apart', () => {
  const long =
    'the-office-of-the-national-anti-corruption-commission-submits-a-letter-of-intent-to-initiate-the-process-of-becoming-a-party';
  const a = destinationName(`${long}-to-the-oecd-anti-bribery-convention`);
  const b = destinationName(`${long}-to-the-oecd-working-group-on-bribery`);
  expect(a.length).toBeLessThanOrEqual(127);
  expect(a).not.toBe(b);
  expect(a.startsWith(long.slice(0, 100))).toBe(true);
});
