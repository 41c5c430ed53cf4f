import { insertBeforeBodyEnd, rewriteLinks } from './tracked-html';

const click = (url: string) => `https://t.example.com/c/${encodeURIComponent(url)}`;
const tracked = (url: string) => `href="${click(url)}"`;

describe('rewriteLinks', () => {
  it('sends every web link through click tracking and keeps the rest of the document as it was', () => {
    const html = '<html><body>\n  <p>Hi <b>Anna</b>, <a href="https://shop.example.com/cart" class="btn">your cart</a>\n'
      + "or <a href='http://shop.example.com/sale'>the sale</a> or <a href=https://shop.example.com/new>new</a>.</p>\n</body></html>";
    expect(rewriteLinks(html, click)).toBe('<html><body>\n  <p>Hi <b>Anna</b>, '
      + `<a ${tracked('https://shop.example.com/cart')} class="btn">your cart</a>\n`
      + `or <a ${tracked('http://shop.example.com/sale')}>the sale</a> or <a ${tracked('https://shop.example.com/new')}>new</a>.</p>\n</body></html>`);
  });

  it('signs the URL a browser would open: entities decoded, surrounding spaces dropped, any letter case', () => {
    expect(rewriteLinks('<a href="https://shop.example.com/?a=1&amp;b=2&#38;c=3">x</a>', click))
      .toBe(`<a ${tracked('https://shop.example.com/?a=1&b=2&c=3')}>x</a>`);
    expect(rewriteLinks('<A HREF="  HTTPS://Shop.example.com/Cart  " TARGET=_blank>x</A>', click))
      .toBe(`<a ${tracked('HTTPS://Shop.example.com/Cart')} target="_blank">x</A>`);
  });

  it('leaves links that are not web links alone', () => {
    const html = '<a href="mailto:help@shop.example.com">mail</a> <a href="tel:+7999">call</a> <a href="#top">top</a> '
      + '<a href="/relative">rel</a> <a href="javascript:alert(1)">js</a> <a name="anchor">no href</a> <a href="">empty</a>';
    expect(rewriteLinks(html, click)).toBe(html);
  });

  it('does not touch markup that only looks like a link: comments, scripts, styles, attribute values, text', () => {
    const html = '<!-- <a href="https://old.example.com"> --><script>const a = \'<a href="https://s.example.com">\';</script>'
      + '<style>a[href="https://css.example.com"] { color: red }</style><img alt=\'<a href="https://alt.example.com">\'>'
      + '<p>write &lt;a href="https://text.example.com"&gt; to link</p>';
    expect(rewriteLinks(html, click)).toBe(html);
  });

  it('keeps the other attributes with their values escaped, and only the first of duplicate hrefs', () => {
    expect(rewriteLinks('<a title="5 > 3 &amp; &quot;more&quot;" data-flag href="https://a.example.com" href="https://b.example.com">x</a>', click))
      .toBe(`<a title="5 &gt; 3 &amp; &quot;more&quot;" data-flag ${tracked('https://a.example.com')}>x</a>`);
  });

  it('finds links spread over lines and next to each other', () => {
    expect(rewriteLinks('<a\n  href="https://a.example.com"\n>a</a><a href="https://b.example.com">b</a>', click))
      .toBe(`<a ${tracked('https://a.example.com')}>a</a><a ${tracked('https://b.example.com')}>b</a>`);
  });
});

describe('insertBeforeBodyEnd', () => {
  it('puts the fragment just before the real </body>, not one in a comment or a script', () => {
    expect(insertBeforeBodyEnd('<html><body><p>x</p><!-- </body> --><script>"</body>"</script></body></html>', '[px]'))
      .toBe('<html><body><p>x</p><!-- </body> --><script>"</body>"</script>[px]</body></html>');
  });

  it('falls back to before </html>, then to the end of a fragment', () => {
    expect(insertBeforeBodyEnd('<html><p>x</p></html>', '[px]')).toBe('<html><p>x</p>[px]</html>');
    expect(insertBeforeBodyEnd('<p>x</p>', '[px]')).toBe('<p>x</p>[px]');
  });
});
