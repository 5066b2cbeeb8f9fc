/**
 * Links leave the frame: the page's `<base target>` (`_top` or `_blank`, the `target` option)
 * sends every link out, which also holds without JavaScript. Links within the page (a report
 * opening in the reader, by its `#` address) must stay in the frame, so they get `_self` as the
 * visitor clicks them; the check happens at the click, because shadow roots hide links from
 * the document.
 */
addEventListener(
  'click',
  (event) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link?.href) return;
    const samePage = link.href.split('#')[0] === location.href.split('#')[0];
    if (samePage && link.hash) link.target = '_self';
  },
  true,
);
