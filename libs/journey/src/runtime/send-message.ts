import type { Command, Resume, SendCommand, SendResult } from './commands';

/**
 * Sends, and when caps or quiet hours defer the message, sleeps until allowed and sends it again
 * (same id). Returns the outcome and when it happened.
 */
export function* sendMessage(command: SendCommand): Generator<Command, { result: SendResult; now: string }, Resume> {
  for (;;) {
    const resume = yield command;
    if (resume.kind !== 'sent') throw new Error(`send answered with ${resume.kind}`);
    if (resume.result.status !== 'deferred') return { result: resume.result, now: resume.now };
    yield { kind: 'sleep', until: resume.result.until };
  }
}
