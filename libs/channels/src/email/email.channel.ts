import { ChannelError, defineChannel } from '../channel';
import { parseEmailReports } from './email-bounces';
import { composeEmail } from './email-content';
import { emailMessageId } from './email-message-id';
import { emailConfigSchema, emailCredentialsSchema, type EmailConfig, type EmailCredentials } from './email-schemas';
import { toChannelError } from './smtp-error';
import { SmtpTransports, type SmtpAddress } from './smtp-transports';

export interface EmailChannelOptions {
  /** Where mail goes when the workspace has no SMTP provider: the worker's loopback sandbox. Without it such sends fail. */
  sandbox?: SmtpAddress;
}

const SANDBOX_SENDER = 'Cascade sandbox <sandbox@cascade.localhost>';

/** The built-in `email` channel: SMTP through the workspace's provider, or the loopback sandbox. */
export function createEmailChannel(options: EmailChannelOptions = {}) {
  const transports = new SmtpTransports();
  return defineChannel<EmailConfig, EmailCredentials>({
    type: 'email',
    label: 'Email',
    sandbox: true,
    configSchema: emailConfigSchema,
    credentialsSchema: emailCredentialsSchema,
    address: (contact) => contact.email || null,
    async send({ messageId, address, message, config, credentials, links }) {
      const transport = credentials ? transports.forCredentials(credentials) : options.sandbox && transports.forSandbox(options.sandbox);
      if (!transport) throw new ChannelError('no SMTP server is configured for email', false);
      const from = config.from ?? credentials?.from ?? SANDBOX_SENDER;
      const messageIdHeader = emailMessageId(messageId, from);
      try {
        await transport.sendMail({
          from, to: address, replyTo: config.replyTo, subject: message.subject, messageId: messageIdHeader,
          ...composeEmail({ messageId, message, links }),
        });
      } catch (error) {
        throw toChannelError(error);
      }
      return { providerMessageId: messageIdHeader };
    },
    parseWebhook: (request, { credentials }) => parseEmailReports(request, credentials),
  });
}
