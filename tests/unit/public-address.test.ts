import { describe, expect, it, vi } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { FEATURES_NEEDING_ADDRESS, resolvePublicAddress } from '../../src/lib/public-address.ts';
import { handbook } from '../../src/integrations/handbook.ts';

describe('the public address', () => {
  it('comes from SITE_URL before the file, with a trailing slash', () => {
    expect(resolvePublicAddress('https://www.nacc.go.th/kk/', 'https://handbook.example-office.go.th/hb')).toBe(
      'https://handbook.example-office.go.th/hb/',
    );
    expect(resolvePublicAddress('https://www.nacc.go.th/kk', ' ')).toBe('https://www.nacc.go.th/kk/');
    expect(resolvePublicAddress('', undefined)).toBeUndefined();
  });
  it('refuses a local or example address and says where it came from', () => {
    expect(() => resolvePublicAddress(undefined, 'http://localhost:4321/')).toThrow(/SITE_URL.*local or example/);
    expect(() => resolvePublicAddress('https://www.example.org/', undefined)).toThrow(/site\.yaml/);
    expect(() => resolvePublicAddress('www.nacc.go.th', undefined)).toThrow(/not a web address/);
  });
});

describe('a build without a public address', () => {
  const configDone = (site: string | undefined) => {
    const logger = { warn: vi.fn(), info: vi.fn() };
    const hook = handbook({ contentDir: 'content' }).hooks['astro:config:done'] as unknown as (o: object) => void;
    hook({ config: { base: '/', site }, logger: logger as unknown as AstroIntegrationLogger });
    return logger.warn.mock.calls.map((c) => String(c[0]));
  };
  it('warns once, naming every feature that is off and saying the rest can be published', () => {
    const warnings = configDone(undefined);
    expect(warnings).toHaveLength(1);
    for (const feature of FEATURES_NEEDING_ADDRESS) expect(warnings[0]).toContain(feature);
    expect(warnings[0]).toMatch(/QR codes.*share previews.*alternates/);
    expect(warnings[0]).toContain('can be published as it is');
  });
  it('says nothing when the address is set', () => {
    expect(configDone('https://www.nacc.go.th/kk/')).toEqual([]);
  });
});
