/**
 * The one rule for an embed page's report page (`href-template`): the server refuses any other
 * template, the admin leaves it out of the iframe code and says why.
 */
import { describe, expect, it } from 'vitest';
import { isSiteReportTemplate, SITE_REPORT_TEMPLATE_MAX_LENGTH } from 'treffpunkt-shared/widget-options';

describe('a report page an embed page can take', () => {
  it('is an absolute http(s) address with {slug}', () => {
    expect(isSiteReportTemplate('https://bke.example/berichte/{slug}')).toBe(true);
    expect(isSiteReportTemplate('http://bke.example/?bericht={slug}')).toBe(true);
  });

  it('is not one without {slug}, a relative one, or one of another protocol', () => {
    expect(isSiteReportTemplate('https://bke.example/berichte/')).toBe(false);
    expect(isSiteReportTemplate('/berichte/{slug}')).toBe(false);
    expect(isSiteReportTemplate('javascript:alert({slug})')).toBe(false);
    expect(isSiteReportTemplate('mailto:info@bke.example?subject={slug}')).toBe(false);
  });

  it(`has at most ${SITE_REPORT_TEMPLATE_MAX_LENGTH} characters`, () => {
    const address = (length: number) => `https://bke.example/${'a'.repeat(length - 'https://bke.example/{slug}'.length)}{slug}`;
    expect(isSiteReportTemplate(address(SITE_REPORT_TEMPLATE_MAX_LENGTH))).toBe(true);
    expect(isSiteReportTemplate(address(SITE_REPORT_TEMPLATE_MAX_LENGTH + 1))).toBe(false);
  });
});
