/**
 * Cuts Lit's ties to the host page, and what the widgets never use of it. The widgets are a
 * closed bundle on other people's pages, so Lit here needs no hooks for the page's own Lit, no
 * global registries (nothing global but the elements' names), and no fallbacks for browsers the
 * widgets' CSS does not run in. With `hydration`, the embed pages' script keeps the hook of Lit's
 * hydration support, which it loads itself, and what that support reads of Lit's templates.
 *
 * These are edits of Lit's minified production build. The first five were worth 439 bytes gzip -9
 * of widgets.js (12,276 with them, 12,715 without); controllers, initializers, object and array
 * attributes, svg and mathml templates, property and boolean bindings and directives another 369
 * (12,296 without them, 11,927 with them). Each rule must match as often as it says: a Lit update
 * that changes these spots fails the build (and test/build/isolate-lit.test.ts) with a message on
 * what to do, instead of quietly keeping them. What a rule cuts fails loudly where the widgets'
 * code would use it: a directive module stops the build, a `.prop` or `?attribute` binding
 * throws (no attribute has such a name), and so do svg`` and mathml`` templates; only a property
 * of type Object or Array would quietly get its attribute's text.
 */

// "(void 0)" in parentheses: `hook?.(…)` must not turn into `void 0?.(…)`, which calls 0.
const UNDEFINED = '(void 0)';

/**
 * @typedef {object} Rule
 * @property {string} name
 * @property {RegExp} pattern
 * @property {string | ((match: string, ...groups: string[]) => string)} by the new text, or the new text from the match
 * @property {number} times
 */

/**
 * The rules, by name: what they match in Lit's code, what replaces it, and how often.
 * @param {{ hydration?: boolean }} options
 * @returns {Rule[]}
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
    {
      // Reactive controllers (addController): the elements have none.
      name: 'controller methods',
      pattern: /addController\(\w\)\{[^}]*\}removeController\(\w\)\{[^}]*\}/g,
      by: '',
      times: 1,
    },
    {
      name: 'controller calls',
      pattern: /this\._\$\w+\?\.forEach\((\w)=>\1\.host(?:Connected|Disconnected|Update|Updated)\?\.\(\)\)/g,
      by: UNDEFINED,
      times: 4,
    },
    {
      // addInitializer serves decorators, which the widgets do not use (see "decorator metadata").
      name: 'initializer method',
      pattern: /static addInitializer\(\w\)\{[^}]*\}/g,
      by: '',
      times: 1,
    },
    {
      name: 'initializer calls',
      pattern: /void 0!==(\w)\.l&&\(this\.l=\[\.\.\.\1\.l\]\)|this\.constructor\.l\?\.forEach\((\w)=>\2\(this\)\)/g,
      by: UNDEFINED,
      times: 2,
    },
    {
      // JSON in attributes, for properties of type Object or Array: the widgets' attributes are strings, booleans and numbers.
      name: 'object and array attributes',
      pattern: /case Object:case Array:(?:\w=null==\w\?\w:JSON\.stringify\(\w\)|try\{\w=JSON\.parse\(\w\)\}catch\(\w\)\{\w=null\})/g,
      by: '',
      times: 2,
    },
    ...(hydration ? [] : templateRules()),
  ];
}

/**
 * What Lit's templates can do that the widgets' html`` templates never ask for; the hydration
 * support reads these parts of Lit, so the embed pages' script keeps them.
 * @returns {Rule[]}
 */
function templateRules() {
  return [
    {
      // svg`` and mathml`` templates: their tags throw, the namespaces' wrapping goes.
      name: 'svg and mathml templates',
      pattern:
        /(\w)=2===\w\?"<svg>":3===\w\?"<math>":""|\+\(2===\w\?"<\/svg>":3===\w\?"<\/math>":""\)|,2===\w\|\|3===\w\)\{const (\w)=this\.el\.content\.firstChild;\2\.replaceWith\(\.\.\.\2\.childNodes\)\}|\b(\w)\(([23])\)(?=[,;])/g,
      by: (match, variable, _child, factory) =>
        variable ? `${variable}=""` : factory ? '()=>{throw Error()}' : match.startsWith(',') ? '){}' : '',
      times: 5,
    },
    {
      // `.property=${…}` and `?attribute=${…}` bindings become attribute bindings, whose names
      // (".property", "?attribute") setAttribute refuses: a template with one throws.
      name: 'property and boolean bindings',
      pattern: /"\."===(\w)\[1\]\?\w:"\?"===\1\[1\]\?\w:/g,
      by: '',
      times: 1,
    },
    {
      // Directives (lit/directives/*, lit/directive.js): a template value is never one. The
      // modules that make them stop the build (see isolateLit's load hook).
      name: 'directives',
      pattern: /function (\w)\(\w,(\w),\w=\w,\w\)\{if\(\2===\w\)return \2;[^]*?_\$litDirective\$[^]*?\),\2\}(?=class )/g,
      by: (_, name) => `function ${name}(_,value){return value}`,
      times: 1,
    },
  ];
}

const LIT_MODULES = /\/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//;
/** Where Lit's directives come from: every directive module imports one of these. */
const DIRECTIVE_MODULES = /\/node_modules\/lit-html\/(async-)?directive\.js$/;

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
    load(id) {
      if (!hydration && DIRECTIVE_MODULES.test(id)) {
        this.error(`${id}: the widgets' Lit has no directives (build/isolate-lit.mjs cuts them); render without one.`);
      }
      return null;
    },
    transform(code, id) {
      if (!LIT_MODULES.test(id)) return null;
      let out = code;
      for (const rule of rules) {
        out = out.replace(rule.pattern, (...match) => {
          matched.set(rule, (matched.get(rule) ?? 0) + 1);
          return typeof rule.by === 'function' ? rule.by(...match) : rule.by;
        });
      }
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
