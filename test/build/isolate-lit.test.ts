/**
 * build/isolate-lit.mjs edits Lit's minified production build. A Lit update that moves or
 * rewrites one of the edited spots must stop the build with a message that says what to do,
 * never leave the spot quietly unedited.
 */
import nodeResolve from '@rollup/plugin-node-resolve';
import { rollup, type Plugin } from 'rollup';
import { describe, expect, it } from 'vitest';
import { isolateLit } from '../../build/isolate-lit.mjs';

const ENTRY = '\0entry';

/** Lit's production build as the widgets' bundle gets it, through isolateLit(); the code, or the build's error. */
async function buildLit(options: { hydration?: boolean }, extra: Plugin[] = [], source = "export * from 'lit';"): Promise<string> {
  const entry: Plugin = {
    name: 'entry',
    resolveId: (id) => (id === ENTRY ? id : null),
    load: (id) => (id === ENTRY ? source : null),
  };
  const bundle = await rollup({
    input: ENTRY,
    plugins: [entry, ...extra, nodeResolve({ exportConditions: ['production'] }), isolateLit(options)],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0].code;
}

describe("Lit's isolation in the widgets' bundle (build/isolate-lit.mjs)", () => {
  for (const hydration of [false, true]) {
    it(`finds every spot it edits in this Lit${hydration ? ', keeping the hook of the hydration support' : ''}`, async () => {
      // A Lit update that changes an edited spot fails here, with the plugin's message on what to do.
      const code = await buildLit({ hydration });
      for (const gone of ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions', 'litPropertyMetadata', 'ShadyCSS']) {
        expect(code).not.toContain(gone);
      }
      expect(code).not.toContain('CSSResult is not constructable');
      expect(code.includes('litElementHydrateSupport')).toBe(hydration);
      for (const gone of ['addController', 'addInitializer', 'JSON.parse']) expect(code).not.toContain(gone);
      // What the hydration support reads of Lit's templates stays for the embed pages' script.
      for (const kept of ['"<svg>"', '_$litDirective$']) expect(code.includes(kept)).toBe(hydration);
    });
  }

  it('stops the build when the widgets use a directive, which their Lit cannot render', async () => {
    const withDirective = "export * from 'lit'; export * from 'lit/directives/class-map.js';";
    await expect(buildLit({}, [], withDirective)).rejects.toThrow(/the widgets' Lit has no directives/);
    await expect(buildLit({ hydration: true }, [], withDirective)).resolves.toContain('classMap');
  });

  it('stops the build, saying where to look and what to do, when Lit changed an edited spot', async () => {
    // Lit as a later version might write it: the version registry of lit-html differently.
    const laterLit: Plugin = {
      name: 'later-lit',
      transform: (code, id) =>
        id.includes('/node_modules/lit-html/') ? code.replace('litHtmlVersions??=[]', 'litHtmlVersions||=[]') : null,
    };
    await expect(buildLit({}, [laterLit])).rejects.toThrow(
      /"version registries" matched 2 of 3 times\. Find the spot in Lit's new minified build .* and fix the rule's pattern, or delete the rule/,
    );
  });
});
