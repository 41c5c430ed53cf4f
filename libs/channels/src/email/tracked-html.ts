import { Parser } from 'htmlparser2';
import { escapeHtml } from '../escape-html';

interface Attribute {
  name: string;
  value: string;
  /** `undefined` for an attribute written without a value. */
  quote: string | null | undefined;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const WEB_LINK = /^https?:\/\//i;
/** What HTML allows as an attribute name; anything else a sloppy template produced is dropped when a tag is rewritten. */
const ATTRIBUTE_NAME = /^[^\s"'>/=\0]+$/;

/**
 * Points every http(s) `<a href>` of the document at `click(url)` (its tracking redirect) and leaves
 * everything else byte for byte. An HTML tokenizer finds the tags, so links inside comments, scripts
 * or attribute values are not touched and entities in an href (`&amp;`) are decoded before the URL is
 * signed; `mailto:`, `tel:`, relative and `#` links are kept as they are.
 */
export function rewriteLinks(html: string, click: (url: string) => string): string {
  const edits: Edit[] = [];
  let attributes: Attribute[] = [];
  const parser = new Parser({
    onopentagname: () => {
      attributes = [];
    },
    onattribute: (name, value, quote) => {
      attributes.push({ name, value, quote });
    },
    onopentag: (name, _attributes, isImplied) => {
      if (name !== 'a' || isImplied) return;
      const tag = trackedAnchor(attributes, click);
      if (tag) edits.push({ start: parser.startIndex, end: parser.endIndex + 1, text: tag });
    },
  });
  parser.end(html);
  return applyEdits(html, edits);
}

/** Puts `fragment` (the open pixel, the footer) just before `</body>`, else before `</html>`, else at the end. */
export function insertBeforeBodyEnd(html: string, fragment: string): string {
  const closing: Record<string, number> = {};
  const parser = new Parser({
    onclosetag: (name, isImplied) => {
      if (!isImplied && (name === 'body' || name === 'html')) closing[name] ??= parser.startIndex;
    },
  });
  parser.end(html);
  const at = closing.body ?? closing.html ?? html.length;
  return html.slice(0, at) + fragment + html.slice(at);
}

/** The `<a>` tag rewritten with a tracked href, or null when its (first) href is not a web link. */
function trackedAnchor(attributes: Attribute[], click: (url: string) => string): string | null {
  const href = attributes.find((attribute) => attribute.name === 'href');
  const url = href?.value.trim();
  if (!href || !url || !WEB_LINK.test(url)) return null;
  const kept = attributes.filter((attribute) => ATTRIBUTE_NAME.test(attribute.name) && (attribute === href || attribute.name !== 'href'));
  const serialized = kept.map((attribute) => {
    if (attribute === href) return ` href="${escapeHtml(click(url))}"`;
    return attribute.quote === undefined ? ` ${attribute.name}` : ` ${attribute.name}="${escapeHtml(attribute.value)}"`;
  });
  return `<a${serialized.join('')}>`;
}

function applyEdits(html: string, edits: Edit[]): string {
  let result = '';
  let done = 0;
  for (const edit of edits) {
    result += html.slice(done, edit.start) + edit.text;
    done = edit.end;
  }
  return result + html.slice(done);
}
