/** The snippet the embed page hands out: what a site owner pastes, attribute by attribute. */
import { describe, expect, it } from 'vitest';
import { defaultOptions, snippet, widgetAttributes, withWidget } from '../../cms/src/plugins/treffpunkt/admin/src/embed/snippet';

const WIDGETS_URL = 'https://cms.example.org/treffpunkt/widgets.js';

describe('embed snippet', () => {
  it('is the space-keeping stylesheet, the module script and the element, with only what differs from the widget defaults', () => {
    expect(snippet(defaultOptions('bke', 'de'), WIDGETS_URL)).toBe(
      [
        '<link rel="stylesheet" href="https://cms.example.org/treffpunkt/widgets.css">',
        `<script type="module" src="${WIDGETS_URL}"></script>`,
        '<treffpunkt-latest-reports network="bke" lang="de"></treffpunkt-latest-reports>',
      ].join('\n'),
    );
  });

  it('names every option the site owner chose', () => {
    const options = {
      ...defaultOptions('bke', 'de'),
      includeSubnetworks: true,
      limit: 6,
      layout: 'list',
      theme: 'auto' as const,
      lang: 'en' as const,
      headingLevel: 2,
      hrefTemplate: ' /berichte/{slug} ',
    };
    expect(widgetAttributes(options)).toEqual([
      ['network', 'bke'],
      ['include-subnetworks', ''],
      ['limit', '6'],
      ['layout', 'list'],
      ['theme', 'auto'],
      ['lang', 'en'],
      ['heading-level', '2'],
      ['href-template', '/berichte/{slug}'],
    ]);
    expect(snippet(options, WIDGETS_URL)).toContain(
      '<treffpunkt-latest-reports network="bke" include-subnetworks limit="6" layout="list" theme="auto" lang="en" heading-level="2" href-template="/berichte/{slug}">',
    );
  });

  it('switches to the next-meeting widget with its own defaults and without a page size', () => {
    const options = withWidget({ ...defaultOptions('zwh', 'de'), limit: 5, layout: 'list', headingLevel: 4 }, 'next-meeting');
    expect(options).toMatchObject({ widget: 'next-meeting', layout: 'card', headingLevel: 2 });
    expect(snippet({ ...options, layout: 'compact' }, WIDGETS_URL)).toContain(
      '<treffpunkt-next-meeting network="zwh" layout="compact" lang="de"></treffpunkt-next-meeting>',
    );
  });

  it('escapes what would end the attribute or start a tag', () => {
    const options = { ...defaultOptions('bke', 'de'), hrefTemplate: '/x?a=1&b="2"<' };
    expect(snippet(options, WIDGETS_URL)).toContain('href-template="/x?a=1&amp;b=&quot;2&quot;&lt;"');
  });
});
