import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { toCapturedEmail, type CapturedEmail } from './captured-email';

/** The loopback SMTP server the built-in `email` channel sends to when a workspace has no provider. */
export interface SmtpSandbox {
  host: string;
  port: number;
  stop(): Promise<void>;
}

export interface SmtpSandboxOptions {
  /** Stores a received email; called once per email, the store recognises a message id it has. */
  capture: (email: CapturedEmail) => Promise<void>;
  host?: string;
  /** 0 (the default): any free port; the channel is told which. */
  port?: number;
  log?: (line: string) => void;
}

const MAX_BYTES = 10 * 1024 * 1024;

/**
 * Starts the email sandbox: SMTP without auth or TLS on loopback. Each email is parsed and captured
 * before the server answers 250, so a send that succeeded is visible in the sandbox at once; a failed
 * capture answers 451 and the channel retries. Email not sent by Cascade is refused.
 */
export async function startSmtpSandbox({ capture, host = '127.0.0.1', port = 0, log = () => undefined }: SmtpSandboxOptions): Promise<SmtpSandbox> {
  const server = new SMTPServer({
    banner: 'Cascade email sandbox',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_BYTES,
    rejectOversized: true,
    logger: false,
    closeTimeout: 5_000,
    onData(stream, session, callback) {
      const recipients = session.envelope.rcptTo.map((recipient) => recipient.address);
      simpleParser(stream)
        .then(async (mail) => {
          const email = toCapturedEmail(mail, recipients);
          if (!email) throw smtpError(550, 'only email sent by Cascade (with X-Cascade-Message-Id) is captured');
          await capture(email).catch((error: Error) => {
            log(`email sandbox: capturing ${email.messageId} failed: ${error.message}`);
            throw smtpError(451, 'the sandbox could not store the email, try again');
          });
        })
        .then(() => callback(), (error: Error & { responseCode?: number }) => callback(error.responseCode ? error : smtpError(451, error.message)));
    },
  });
  server.on('error', (error) => log(`email sandbox: ${error.message}`));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address() as AddressInfo;
  return {
    host,
    port: address.port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const smtpError = (responseCode: number, message: string) => Object.assign(new Error(message), { responseCode });
