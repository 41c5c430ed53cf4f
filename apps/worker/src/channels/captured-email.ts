import type { ParsedMail } from 'mailparser';
import type { CapturedMessage } from '@cascade/channels';

/** Header name (lower case) → value as written, unfolded; a repeated header keeps every value. */
export type EmailHeaders = Record<string, string | string[]>;

export interface CapturedEmail extends CapturedMessage {
  headers: EmailHeaders;
}

/** The Cascade message an email carries (`X-Cascade-Message-Id`), as the sandbox shows it; null for any other email. */
export function toCapturedEmail(mail: ParsedMail, recipients: string[]): CapturedEmail | null {
  const headers = headersOf(mail);
  const messageId = headers['x-cascade-message-id'];
  if (typeof messageId !== 'string' || !messageId) return null;
  return {
    messageId,
    channel: 'email',
    address: recipients.join(', '),
    message: { subject: mail.subject, body: mail.text ?? '', html: mail.html || undefined },
    headers,
  };
}

function headersOf(mail: ParsedMail): EmailHeaders {
  const headers: EmailHeaders = {};
  for (const { key, line } of mail.headerLines) {
    const value = line.slice(line.indexOf(':') + 1).replace(/\r?\n(?=[ \t])/g, '').trim();
    const seen = headers[key];
    headers[key] = seen === undefined ? value : [...[seen].flat(), value];
  }
  return headers;
}
