/** The code the embed page hands out: what a site owner pastes, attribute by attribute, for the script and for the iframe. */
import { describe, expect, it } from 'vitest';
import type { EventKind } from 'treffpunkt-shared/wire';
import {
  defaultOptions,
  frameResizeLine,
  iframeCode,
  iframeLeavesOutReportPage,
  snippet,
  widgetAttributes,
  withWidget,
} from '../../cms/src/plugins/treffpunkt/admin/src/embed/snippet';

const WIDGETS_URL = 'https://cms.example.org/treffpunkt/widgets.js';

describe('embed snippet', () => {
  it('is the space-keeping stylesheet, the preload of the first answer, the module script and the element with its fallback link, with only what differs from the widget defaults', () => {
    expect(snippet(defaultOptions('bke', 'de'), WIDGETS_URL)).toBe(
      [
        '<link rel="stylesheet" href="https://cms.example.org/treffpunkt/widgets.css">',
        '<link rel="preload" as="fetch" crossorigin="anonymous" href="https://cms.example.org/api/treffpunkt/reports?network=bke&amp;limit=3&amp;page=1&amp;locale=de">',
        `<script type="module" src="${WIDGETS_URL}"></script>`,
        '<treffpunkt-latest-reports network="bke" lang="de"><a href="https://cms.example.org/treffpunkt/embed/latest-reports?network=bke&amp;lang=de">Aktuelle Berichte</a></treffpunkt-latest-reports>',
      ].join('\n'),
    );
  });

  it("sends the fallback link to the site's own page when one is given", () => {
    const options = { ...withWidget(defaultOptions('zwh', 'en'), 'next-meeting'), fallbackUrl: ' https://zwh.example/termine ' };
    expect(snippet(options, WIDGETS_URL)).toContain(
      '<treffpunkt-next-meeting network="zwh" lang="en"><a href="https://zwh.example/termine">Next meeting</a></treffpunkt-next-meeting>',
    );
    expect(snippet(options, WIDGETS_URL)).toContain('href="https://cms.example.org/api/treffpunkt/events/next?network=zwh&amp;locale=en"');
  });

  it('gives the iframe the embed page with the same options, where links open, and the suggested height', () => {
    const options = {
      ...withWidget(defaultOptions('bke', 'de'), 'upcoming-meetings'),
      includeSubnetworks: true,
      limit: 4,
      target: '_blank' as const,
    };
    // Four rows of 6em, three gaps of 1em and the 3em row of "more", at 16 px; 6 px of room on each side.
    expect(iframeCode(options, WIDGETS_URL)).toBe(
      '<iframe src="https://cms.example.org/treffpunkt/embed/upcoming-meetings?network=bke&amp;include-subnetworks=&amp;limit=4&amp;lang=de&amp;target=_blank" title="Kommende Treffen" width="100%" height="492" style="width:100%;height:492px;border:0"></iframe>',
    );
    expect(frameResizeLine(WIDGETS_URL)).toBe('<script type="module" src="https://cms.example.org/treffpunkt/widgets-frames.js"></script>');
  });

  it('leaves a report page out of the iframe that the embed page would refuse: a relative one (it would point at the CMS), one without {slug}', () => {
    const options = (hrefTemplate: string) => ({ ...defaultOptions('bke', 'de'), hrefTemplate });
    for (const template of ['/berichte/{slug}', 'https://bke.example/berichte/']) {
      expect(iframeCode(options(template), WIDGETS_URL), template).toBe(iframeCode(options(''), WIDGETS_URL));
      expect(iframeLeavesOutReportPage(options(template)), template).toBe(true);
    }
    expect(iframeCode(options(' https://bke.example/berichte/{slug} '), WIDGETS_URL)).toContain(
      'href-template=https%3A%2F%2Fbke.example%2Fberichte%2F%7Bslug%7D',
    );
    expect(iframeLeavesOutReportPage(options('https://bke.example/berichte/{slug}'))).toBe(false);
    expect(iframeLeavesOutReportPage(options(''))).toBe(false);
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
      '<treffpunkt-latest-reports network="bke" include-subnetworks limit="6" layout="list" theme="auto" lang="en" heading-level="2" href-template="/berichte/{slug}"><a ',
    );
  });

  it('narrows a meeting widget to kinds and a tag: the element, its preload and its embed page ask for the same meetings', () => {
    const options = {
      ...withWidget(defaultOptions('bke', 'de'), 'upcoming-meetings'),
      kinds: ['workshop', 'conference'] as EventKind[],
      tag: ' jugend ',
    };
    expect(widgetAttributes(options)).toEqual([
      ['network', 'bke'],
      ['kind', 'workshop,conference'],
      ['tag', 'jugend'],
      ['lang', 'de'],
    ]);
    const code = snippet(options, WIDGETS_URL);
    expect(code).toContain('<treffpunkt-upcoming-meetings network="bke" kind="workshop,conference" tag="jugend" lang="de"><a ');
    // The widget asks with its kinds sorted, as the preload names them.
    expect(code).toContain(
      'href="https://cms.example.org/api/treffpunkt/events?network=bke&amp;kind=conference%2Cworkshop&amp;tag=jugend&amp;limit=5&amp;page=1&amp;locale=de"',
    );
    expect(iframeCode(options, WIDGETS_URL)).toContain(
      'upcoming-meetings?network=bke&amp;kind=workshop%2Cconference&amp;tag=jugend&amp;lang=de"',
    );
  });

  it('narrows the reports to a tag, and leaves meeting kinds chosen before out', () => {
    const options = { ...defaultOptions('bke', 'en'), kinds: ['workshop'] as EventKind[], tag: 'jugend' };
    const code = snippet(options, WIDGETS_URL);
    expect(code).toContain('<treffpunkt-latest-reports network="bke" tag="jugend" lang="en"><a ');
    expect(code).toContain(
      'href="https://cms.example.org/api/treffpunkt/reports?network=bke&amp;tag=jugend&amp;limit=3&amp;page=1&amp;locale=en"',
    );
  });

  it('switches to the next-meeting widget with its own defaults and without a page size', () => {
    const options = withWidget({ ...defaultOptions('zwh', 'de'), limit: 5, layout: 'list', headingLevel: 4 }, 'next-meeting');
    expect(options).toMatchObject({ widget: 'next-meeting', layout: 'card', headingLevel: 2 });
    expect(snippet({ ...options, layout: 'compact' }, WIDGETS_URL)).toContain(
      '<treffpunkt-next-meeting network="zwh" layout="compact" lang="de"><a ',
    );
  });

  it('escapes what would end the attribute or start a tag', () => {
    const options = { ...defaultOptions('bke', 'de'), hrefTemplate: '/x?a=1&b="2"<' };
    expect(snippet(options, WIDGETS_URL)).toContain('href-template="/x?a=1&amp;b=&quot;2&quot;&lt;"');
  });
});
