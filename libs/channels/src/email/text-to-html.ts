import { escapeHtml } from '../escape-html';

const URL_PATTERN = /https?:\/\/[^\s<>"']+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'"]$/;

/**
 * The HTML part of an email that has only text: paragraphs and line breaks kept, everything
 * escaped, and web addresses made links (so they can be tracked like links in real HTML).
 */
export function textToHtml(text: string): string {
  const paragraphs = text.trim().split(/\r?\n[ \t]*\r?\n/).map((paragraph) => `<p>${linkify(paragraph).replace(/\r?\n/g, '<br>\n')}</p>`);
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n${paragraphs.join('\n')}\n</body></html>\n`;
}

function linkify(text: string): string {
  let html = '';
  let done = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = withoutTrailingPunctuation(match[0]);
    html += `${escapeHtml(text.slice(done, match.index))}<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    done = match.index + url.length;
  }
  return html + escapeHtml(text.slice(done));
}

/** "See https://shop.example.com/cart." ends the sentence, not the address; a closing ")" counts only when unbalanced. */
function withoutTrailingPunctuation(url: string): string {
  for (;;) {
    if (TRAILING_PUNCTUATION.test(url)) url = url.slice(0, -1);
    else if (url.endsWith(')') && count(url, '(') < count(url, ')')) url = url.slice(0, -1);
    else return url;
  }
}

const count = (text: string, char: string) => text.split(char).length - 1;
