import { escapeHtml } from '@cascade/channels';

const CHANNEL_NAMES: Record<string, string> = { email: 'emails', sms: 'text messages', telegram: 'Telegram messages', push: 'push notifications' };

/** The page a contact sees; the form posts back to the same signed URL. */
export function unsubscribePage(page: { state: 'confirm' } | { state: 'done'; channel: string }): string {
  const content = page.state === 'confirm'
    ? `<h1>Unsubscribe?</h1><p>You will no longer receive these messages.</p>
       <form method="post"><button type="submit">Unsubscribe</button></form>`
    : `<h1>You are unsubscribed</h1><p>We will not send you ${escapeHtml(CHANNEL_NAMES[page.channel] ?? `${page.channel} messages`)} any more.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Unsubscribe</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}button{font-size:1rem;padding:.6rem 1.2rem}</style>
</head><body>${content}</body></html>`;
}
