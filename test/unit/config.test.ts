/**
 * The plugin's settings are checked when Strapi loads them: a wrong one stops the start with a
 * message that names it. Here the public address, which must be an origin (the widgets and the
 * embed pages find the API at its root).
 */
import { describe, expect, it } from 'vitest';
import config from '../../cms/src/plugins/treffpunkt/server/src/config';

const validate = (publicUrl: unknown) => () => config.validator({ ...config.default, publicUrl } as never);

describe('treffpunkt.publicUrl', () => {
  it('takes an origin, with or without the closing slash, or nothing', () => {
    for (const value of ['https://cms.example.org', 'https://cms.example.org/', 'http://127.0.0.1:1337', '', undefined]) {
      expect(validate(value), String(value)).not.toThrow();
    }
  });

  it('refuses an address with a path, a query or another scheme, naming the setting', () => {
    expect(validate('https://example.org/cms')).toThrow(
      /^treffpunkt\.publicUrl must be an address without a path.*\(got "https:\/\/example\.org\/cms"\)/,
    );
    expect(validate('ftp://cms.example.org')).toThrow(/^treffpunkt\.publicUrl must be an http\(s\) URL/);
    expect(validate('cms.example.org')).toThrow(/^treffpunkt\.publicUrl must be an absolute URL/);
  });
});

describe('treffpunkt.corsOrigins', () => {
  const origins =
    (corsOrigins: unknown, frameAncestors: unknown = ['*']) =>
    () =>
      config.validator({ ...config.default, corsOrigins, frameAncestors } as never);

  it('takes "null" beside origins, for the sandboxed frames of links pasted into WordPress', () => {
    expect(origins(['https://verein.example', 'null'])).not.toThrow();
  });

  it('refuses "null" where it means nothing: as a website that may frame the embed pages', () => {
    expect(origins(['*'], ['null'])).toThrow(/^treffpunkt\.frameAncestors\.0 must be "\*" or an origin/);
    expect(origins(['https://verein.example/pfad'])).toThrow(
      /^treffpunkt\.corsOrigins\.0 must be "\*", "null" \(sandboxed frames\) or an origin/,
    );
  });
});
