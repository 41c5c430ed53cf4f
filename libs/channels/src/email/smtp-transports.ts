import { createHash } from 'node:crypto';
import { createTransport, type SMTPTransportOptions, type Transporter } from 'nodemailer';
import type { EmailCredentials } from './email-schemas';

/** Where an SMTP server listens (the loopback sandbox). */
export interface SmtpAddress {
  host: string;
  port: number;
}

const MAX_TRANSPORTS = 200;

/**
 * One nodemailer transport per SMTP settings, reused across sends. The timeouts end an SMTP wait
 * well inside the send activity's 30 seconds, so a slow server is reported (and retried) as such.
 */
export class SmtpTransports {
  private readonly transports = new Map<string, Transporter>();

  forCredentials(credentials: EmailCredentials): Transporter {
    const { host, port, secure, user, pass } = credentials;
    // Keyed by a hash: the password is not kept as a map key (it still lives in the transport).
    const key = createHash('sha256').update(JSON.stringify([host, port, secure ?? false, user ?? null, pass ?? null])).digest('hex');
    return this.cached(key, () => ({ host, port, secure: secure ?? false, auth: user ? { user, pass } : undefined }));
  }

  /** The loopback sandbox speaks plain SMTP without auth. */
  forSandbox({ host, port }: SmtpAddress): Transporter {
    return this.cached(`sandbox:${host}:${port}`, () => ({ host, port, secure: false, ignoreTLS: true }));
  }

  private cached(key: string, settings: () => SMTPTransportOptions): Transporter {
    let transport = this.transports.get(key);
    if (transport) {
      this.transports.delete(key); // re-inserted below: the map's order is least recently used first
    } else {
      transport = createTransport({
        ...settings(),
        // Under the send activity's 30 s in the usual case: a retry must not race a send still in progress.
        connectionTimeout: 8_000,
        greetingTimeout: 5_000,
        socketTimeout: 12_000,
        // Message content comes from templates: never let it make the worker read files or fetch URLs.
        disableFileAccess: true,
        disableUrlAccess: true,
      });
      if (this.transports.size >= MAX_TRANSPORTS) this.transports.delete(this.transports.keys().next().value!);
    }
    this.transports.set(key, transport);
    return transport;
  }
}
