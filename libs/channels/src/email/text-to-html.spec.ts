import { textToHtml } from './text-to-html';

const body = (html: string) => html.slice(html.indexOf('<body>\n') + 7, html.indexOf('\n</body>'));

describe('textToHtml', () => {
  it('escapes the text and keeps its paragraphs and line breaks', () => {
    expect(body(textToHtml('Hi <Anna> & "friends",\nyour cart waits.\n\nThe Shop'))).toBe(
      '<p>Hi &lt;Anna&gt; &amp; &quot;friends&quot;,<br>\nyour cart waits.</p>\n<p>The Shop</p>');
  });

  it('makes web addresses links, leaving sentence punctuation outside them', () => {
    expect(body(textToHtml('See https://shop.example.com/cart?a=1&b=2. Or (https://shop.example.com/sale), or https://en.example.org/wiki/Foo_(bar)!')))
      .toBe('<p>See <a href="https://shop.example.com/cart?a=1&amp;b=2">https://shop.example.com/cart?a=1&amp;b=2</a>. '
        + 'Or (<a href="https://shop.example.com/sale">https://shop.example.com/sale</a>), '
        + 'or <a href="https://en.example.org/wiki/Foo_(bar)">https://en.example.org/wiki/Foo_(bar)</a>!</p>');
  });

  it('is a whole UTF-8 document', () => {
    expect(textToHtml('Привет')).toMatch(/^<!DOCTYPE html>\n<html><head><meta charset="utf-8"><\/head><body>\n<p>Привет<\/p>\n<\/body><\/html>\n$/);
  });
});
