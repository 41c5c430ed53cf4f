import type { ChannelSendInput } from './channel';
import type { Capture } from './sandbox-channels';

/** What a built-in channel does when the workspace set up no provider: it captures the message in the sandbox. */
export async function captureInSandbox(capture: Capture, channel: string, input: Pick<ChannelSendInput, 'messageId' | 'address' | 'message'>) {
  await capture({ messageId: input.messageId, channel, address: input.address, message: input.message });
  return { providerMessageId: `sandbox-${input.messageId}` };
}
