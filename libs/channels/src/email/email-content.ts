import type { Headers } from 'nodemailer';
import type { MessageLinks, OutgoingMessage } from '../channel';
import { insertBeforeBodyEnd, rewriteLinks } from './tracked-html';
import { escapeHtml } from '../escape-html';
import { textToHtml } from './text-to-html';

export interface EmailContent {
  text: string;
  html: string;
  headers: Headers;
}

/**
 * The parts and headers of one email: the text with the unsubscribe link under it; the HTML (the
 * template's, or the text made HTML) with its web links going through click tracking, an unsubscribe
 * footer and the open pixel; RFC 8058 one-click unsubscribe headers; the Cascade message id.
 */
export function composeEmail({ messageId, message, links }: { messageId: string; message: OutgoingMessage; links: MessageLinks }): EmailContent {
  const unsubscribe = escapeHtml(links.unsubscribe);
  const footer = `<p style="font-size:12px;color:#888"><a href="${unsubscribe}">Unsubscribe</a></p>`
    + `<img src="${escapeHtml(links.openPixel)}" width="1" height="1" alt="">`;
  return {
    text: `${message.body.trimEnd()}\n\n-- \nUnsubscribe: ${links.unsubscribe}\n`,
    // The footer goes in after the rewriting: the unsubscribe link is not a click.
    html: insertBeforeBodyEnd(rewriteLinks(message.html ?? textToHtml(message.body), links.click), footer),
    headers: {
      // Prepared: written as is, a long URL is not folded or encoded.
      'List-Unsubscribe': { prepared: true, value: `<${links.unsubscribe}>` },
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'X-Cascade-Message-Id': { prepared: true, value: messageId },
    },
  };
}
