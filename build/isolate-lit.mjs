/**
 * Cuts Lit's ties to the host page, and what the widgets never use of it. The widgets are a
 * closed bundle on other people's pages, so Lit here needs no hooks for the page's own Lit, no
 * global registries (nothing global but the elements' names), and no fallbacks for browsers the
 * widgets' CSS does not run in. With `hydration`, the embed pages' script keeps the hook of Lit's
 * hydration support, which it loads itself.
 *
 * These are edits of Lit's minified production build, worth 439 bytes gzip -9 of widgets.js
 * (12,276 with them, 12,715 without: over the 12,288 budget). Each rule must match as often as it
 * says: a Lit update that changes these spots fails the build (and test/build/isolate-lit.test.ts)
 * with a message on what to do, instead of quietly keeping them.
 */

// "(void 0)" in parentheses: `hook?.(…)` must not turn into `void 0?.(…)`, which calls 0.
const UNDEFINED = '(void 0)';

/**
 * The rules, by name: what they match in Lit's code, what replaces it, and how often.
 * @param {{ hydration?: boolean }} options
 * @returns {{ name: string, pattern: RegExp, by: string, times: number }[]}
 */
function isolationRules({ hydration = false }) {
  const hooks = ['litHtmlPolyfillSupport', 'reactiveElementPolyfillSupport', 'litElementPolyfillSupport'];
  if (!hydration) hooks.push('litElementHydrateSupport');
  return [
    {
      // Polyfill support and server-side rendering hydration that a page may set up for its own Lit.
      name: 'host page hooks',
      pattern: new RegExp(`\\b\\w+\\.(${hooks.join('|')})\\b`, 'g'),
      by: UNDEFINED,
      times: hooks.length,
    },
    {
      // globalThis.litHtmlVersions and the like: Lit's own check for several Lit copies on a page.
      name: 'version registries',
      pattern: /\(\w+\.(litHtml|reactiveElement|litElement)Versions\?\?=\[\]\)\.push\("[\d.]+"\)/g,
      by: UNDEFINED,
      times: 3,
    },
    {
      // Symbol.metadata and globalThis.litPropertyMetadata serve decorators; the widgets declare
      // `static properties` instead (a decorator would fail loudly, finding no litPropertyMetadata).
      name: 'decorator metadata',
      pattern: /Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap|\blitPropertyMetadata\.get\(\w+\)/g,
      by: UNDEFINED,
      times: 2,
    },
    {
      // Every browser with CSS light-dark() (which the widgets' colours need) adopts constructed
      // style sheets: Lit's <style> element fallback, which a page's ShadyCSS would switch on, goes.
      name: 'style element fallback',
      pattern:
        /\w+\.ShadowRoot&&\(void 0===\w+\.ShadyCSS\|\|\w+\.ShadyCSS\.nativeShadow\)&&"adoptedStyleSheets"in Document\.prototype&&"replace"in CSSStyleSheet\.prototype/g,
      by: '!0',
      times: 1,
    },
    {
      // Messages for misuse that the bundle cannot commit; the errors themselves stay.
      name: 'error messages',
      pattern: /throw Error\("(invalid template strings array|CSSResult is not constructable[^"]*)"\)/g,
      by: 'throw Error()',
      times: 2,
    },
  ];
}

const LIT_MODULES = /\/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//;

/**
 * @param {{ hydration?: boolean }} [options]
 * @returns {import('rollup').Plugin}
 */
export function isolateLit({ hydration = false } = {}) {
  const rules = isolationRules({ hydration });
  /** @type {Map<object, number>} */
  const matched = new Map();
  return {
    name: 'isolate-lit',
    buildStart() {
      for (const rule of rules) matched.set(rule, 0);
    },
    transform(code, id) {
      if (!LIT_MODULES.test(id)) return null;
      let out = code;
      for (const rule of rules) out = out.replace(rule.pattern, () => (matched.set(rule, (matched.get(rule) ?? 0) + 1), rule.by));
      return { code: out, map: null };
    },
    buildEnd(error) {
      const changed = rules.filter((rule) => matched.get(rule) !== rule.times);
      if (error || !changed.length) return;
      const counts = changed.map((rule) => `"${rule.name}" matched ${matched.get(rule)} of ${rule.times} times`).join(', ');
      this.error(
        `Lit's code changed where build/isolate-lit.mjs edits it: ${counts}. Find the spot in Lit's new ` +
          `minified build (node_modules/lit-html, lit-element, @lit/reactive-element) and fix the rule's pattern, ` +
          `or delete the rule if Lit dropped the code; then check the bundle size (test/widgets/bundle-size.test.ts).`,
      );
    },
  };
}
