/**
 * Sources on their own: which addresses a source may point at, and a website's HTML as the blocks
 * the widgets render (nothing of a script, a style, a frame or an unsafe link survives).
 */
import { describe, expect, it } from 'vitest';
import { htmlToBlocks, htmlToText } from '../../cms/src/plugins/treffpunkt/server/src/sources/blocks';
import { isPublicAddress } from '../../cms/src/plugins/treffpunkt/server/src/sources/safe-fetch';
import { syncAddress } from '../../cms/src/plugins/treffpunkt/server/src/sources/treffpunkt';

describe('the addresses a source may have', () => {
  it('refuses loopback, private, link-local, unique-local, CGNAT, metadata and unspecified addresses, also written as IPv6', () => {
    for (const address of [
      '127.0.0.1',
      '127.1.2.3',
      '10.0.0.8',
      '172.16.5.4',
      '192.168.178.1',
      '169.254.169.254', // the metadata service of AWS, Google Cloud and Azure
      '100.100.100.200', // Alibaba Cloud's, in the CGNAT range
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fe80::1',
      'fd00:ec2::254', // AWS's metadata service over IPv6
      'fc00::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      '64:ff9b::7f00:1', // 127.0.0.1 through NAT64
      '224.0.0.1',
      'not an address',
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it('takes public addresses', () => {
    for (const address of ['93.184.215.14', '8.8.8.8', '2a00:1450:4001:82a::200e', '::ffff:93.184.215.14']) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });

  it("finds a network's sync answer from its page, its API address or the sync address", () => {
    const sync = 'https://member.example/api/treffpunkt/networks/lv-nord/sync';
    expect(syncAddress('https://member.example/treffpunkt/n/lv-nord', false, null)).toBe(sync);
    expect(syncAddress('https://member.example/treffpunkt/n/lv-nord/berichte/x?lang=en', false, null)).toBe(sync);
    expect(syncAddress('https://member.example/api/treffpunkt/networks/lv-nord', false, null)).toBe(sync);
    expect(syncAddress(`${sync}?include=subnetworks`, false, null)).toBe(`${sync}?include=subnetworks`);
    expect(syncAddress(sync, true, '2027-01-10T12:00:00.000Z')).toBe(`${sync}?include=subnetworks&since=2027-01-10T11%3A59%3A00.000Z`);
    expect(() => syncAddress('https://member.example/blog/', false, null)).toThrow(/not the address of a network/);
  });
});

describe("a website's HTML as blocks", () => {
  it('drops scripts, styles, frames, forms and event handlers with their content, and links that are not http(s) or mailto', () => {
    const blocks = htmlToBlocks(
      `<style>p { color: red }</style><p onclick="steal()">Hallo <script>alert(1)</script><strong>alle</strong>!</p>
       <iframe src="https://evil.example"></iframe><form><input value="x"><button>Senden</button></form>
       <p><a href="javascript:alert(1)">Klick</a> und <a href="/kontakt" onmouseover="x()">Kontakt</a>
       und <a href="data:text/html,<script>alert(1)</script>">Daten</a> und <a href="mailto:info@example.org">Mail</a></p>`,
      'https://lv.example/2027/bericht/',
    );
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Hallo ' },
          { type: 'text', text: 'alle', bold: true },
          { type: 'text', text: '!' },
        ],
      },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Klick und ' },
          { type: 'link', url: 'https://lv.example/kontakt', children: [{ type: 'text', text: 'Kontakt' }] },
          { type: 'text', text: ' und Daten und ' },
          { type: 'link', url: 'mailto:info@example.org', children: [{ type: 'text', text: 'Mail' }] },
        ],
      },
    ]);
    expect(JSON.stringify(blocks)).not.toMatch(/alert|steal|evil|script|Senden|color/);
  });

  it('keeps headings, lists (one level), quotes, code and images, each as its own block', () => {
    const blocks = htmlToBlocks(
      `<h2>Ergebnisse</h2><ul><li>Eins<ul><li>Eins a</li></ul></li><li><em>Zwei</em></li></ul>
       <blockquote><p>Zitat</p></blockquote><pre>a  b</pre>
       <figure><img src="/bild.jpg" alt="Die Gruppe" width="800" height="600"><figcaption>Foto: LV</figcaption></figure>`,
      'https://lv.example/',
    );
    expect(blocks).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Ergebnisse' }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'Eins' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'Eins a' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'Zwei', italic: true }] },
        ],
      },
      { type: 'quote', children: [{ type: 'text', text: 'Zitat' }] },
      { type: 'code', children: [{ type: 'text', text: 'a  b' }] },
      { type: 'found-image', url: 'https://lv.example/bild.jpg', alternativeText: 'Die Gruppe', caption: null, width: 800, height: 600 },
      { type: 'paragraph', children: [{ type: 'text', text: 'Foto: LV' }] },
    ]);
  });

  it('reads a summary as one line of text, entities decoded', () => {
    expect(htmlToText('<p>Kurz &amp; gut&#8230;</p>\n<script>x()</script><p>Zweiter</p>')).toBe('Kurz & gut… Zweiter');
  });
});
