/**
 * build/custom-elements-manifest.mjs runs the analyzer's command line with
 * custom-elements-manifest.config.mjs: the elements' public attributes, parts, properties and
 * events go into custom-elements.json, their internals do not.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { customElementsManifest } from '../../build/custom-elements-manifest.mjs';

/** What the test reads of the manifest (schema: custom-elements-manifest). */
interface Declaration {
  name: string;
  tagName?: string;
  members?: { name: string; privacy?: string }[];
  attributes?: { name: string }[];
  cssParts?: { name: string }[];
  events?: { name: string }[];
}

const outdir = mkdtempSync(path.join(tmpdir(), 'treffpunkt-manifest-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe("the widgets' custom elements manifest (build/custom-elements-manifest.mjs)", () => {
  it('lists each element with its attributes and parts, without internals', { timeout: 60_000 }, () => {
    customElementsManifest({ outdir }).writeBundle();
    const manifest: { modules: { declarations?: Declaration[] }[] } = JSON.parse(
      readFileSync(path.join(outdir, 'custom-elements.json'), 'utf8'),
    );
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
    const elements = new Map(declarations.flatMap((declaration) => (declaration.tagName ? [[declaration.tagName, declaration]] : [])));
    expect([...elements.keys()].sort()).toEqual(['treffpunkt-latest-reports', 'treffpunkt-next-meeting', 'treffpunkt-upcoming-meetings']);

    const reports = elements.get('treffpunkt-latest-reports')!;
    expect(reports.attributes?.map((attribute) => attribute.name)).toEqual(
      expect.arrayContaining(['network', 'limit', 'heading-level', 'layout']),
    );
    expect(reports.cssParts?.map((part) => part.name)).toContain('card');
    expect(reports.events?.map((event) => event.name)).toContain('treffpunkt-load');

    for (const declaration of declarations) {
      for (const member of declaration.members ?? []) {
        expect(member.name, `${declaration.name}.${member.name}`).not.toMatch(/_$/);
        expect(member.privacy ?? 'public', `${declaration.name}.${member.name}`).toBe('public');
      }
    }
  });
});
