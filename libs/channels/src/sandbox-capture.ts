import type { ChannelSendInput, OutgoingMessage } from './channel';

export interface CapturedMessage {
  messageId: string;
  channel: string;
  address: string;
  message: OutgoingMessage;
}

/** Where sandboxes put what they would have sent; captures the same message id once. */
export type Capture = (captured: CapturedMessage) => Promise<void>;

/** What a built-in channel does when the workspace set up no provider: it captures the message in the sandbox. */
export async function captureInSandbox(capture: Capture, channel: string, input: Pick<ChannelSendInput, 'messageId' | 'address' | 'message'>) {
  await capture({ messageId: input.messageId, channel, address: input.address, message: input.message });
  return { providerMessageId: `sandbox-${input.messageId}` };
}
