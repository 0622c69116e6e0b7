import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_ORIGIN, resolveSiteAddress } from '../../src/lib/site-address.ts';

describe('resolveSiteAddress', () => {
  it("takes the roadmap's url, its path as the base", () => {
    expect(resolveSiteAddress({}, 'https://jane.github.io/mlops-notes')).toEqual({
      site: 'https://jane.github.io',
      base: '/mlops-notes/',
      source: 'roadmap',
    });
    expect(resolveSiteAddress({}, 'https://jane.example.org')).toEqual({ site: 'https://jane.example.org', base: '/', source: 'roadmap' });
  });

  it('lets SITE_URL and BASE_PATH override it', () => {
    expect(resolveSiteAddress({ SITE_URL: 'https://preview.example.net' }, 'https://jane.example.org/notes')).toEqual({
      site: 'https://preview.example.net',
      base: '/',
      source: 'SITE_URL',
    });
    expect(resolveSiteAddress({ BASE_PATH: '/other' }, 'https://jane.example.org/notes')).toEqual({
      site: 'https://jane.example.org',
      base: '/other/',
      source: 'roadmap',
    });
  });

  it('falls back to the placeholder, which the build warns about; an empty variable counts as unset', () => {
    expect(resolveSiteAddress({ SITE_URL: '', BASE_PATH: '' }, undefined)).toEqual({ site: PLACEHOLDER_ORIGIN, base: '/', source: 'none' });
  });
});
