import { describe, expect, it } from 'vitest';
import { bearerToken, parsePathsBody, secretMatches } from './revalidate-request';

describe('revalidation request', () => {
  it('reads a bearer token', () => {
    expect(bearerToken('Bearer abc123')).toBe('abc123');
    expect(bearerToken('bearer abc123')).toBe('abc123');
    expect(bearerToken('Basic abc123')).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });

  it('compares secrets of any length without throwing', () => {
    expect(secretMatches('rätt-hemlighet', 'rätt-hemlighet')).toBe(true);
    expect(secretMatches('fel', 'rätt-hemlighet')).toBe(false);
    expect(secretMatches('', 'x')).toBe(false);
  });

  it('treats an empty body as "every listing"', () => {
    expect(parsePathsBody('')).toEqual({ ok: true, paths: null });
    expect(parsePathsBody('{}')).toEqual({ ok: true, paths: null });
  });

  it('maps public paths to the internal paths Next caches them under', () => {
    expect(parsePathsBody('{"paths":["/artiklar","/en/articles/page/2"]}')).toEqual({
      ok: true,
      paths: [
        { path: '/artiklar', internalPath: '/sv/artiklar' },
        { path: '/en/articles/page/2', internalPath: '/en/artiklar/sida/2' },
      ],
    });
  });

  it('refuses malformed bodies with a reason', () => {
    for (const body of ['{', '[]', '"x"', '{"paths":"/artiklar"}', '{"paths":[]}', '{"paths":[1]}', '{"paths":["/wp-admin"]}', '{"path":["/"]}']) {
      const result = parsePathsBody(body);
      expect(result.ok, body).toBe(false);
    }
  });
});
