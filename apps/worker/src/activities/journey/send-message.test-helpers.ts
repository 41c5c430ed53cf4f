import type { DataSource } from 'typeorm';
import { ChannelRegistry, createOutboundFetch, CredentialsCipher, TrackingLinks, type ChannelDefinition } from '@cascade/channels';
import { ChannelCredentialsStore } from '@cascade/engine';
import { TEST_SECRET_KEY } from '@cascade/testing';
import { createSendMessage } from './send-message.activity';

/** The send activity over `channels`, signing links and sealing credentials with the test key. */
export function sendMessageForTest(dataSource: DataSource, channels: ChannelDefinition[]) {
  return createSendMessage({
    dataSource,
    channels: new ChannelRegistry(channels),
    links: new TrackingLinks({ secretKey: TEST_SECRET_KEY, publicUrl: 'http://127.0.0.1:3000' }),
    credentials: new ChannelCredentialsStore(dataSource, new CredentialsCipher(TEST_SECRET_KEY)),
    fetch: createOutboundFetch(),
  });
}
