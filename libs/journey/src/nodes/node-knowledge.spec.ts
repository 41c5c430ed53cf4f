import { isEntryType, nodeChannels, nodeHandleLabel, nodeMessages, nodeReferences, nodeSummary, nodeTemplates, sendsMessages } from './node-knowledge';
import type { NodeHandler } from '../runtime/node-handler';
import { nodeHandlers } from './registry';

const context = { channelLabel: (type: string) => type.toUpperCase(), duration: (iso: string) => `<${iso}>` };
const cascade = { steps: [{ channel: 'email', templateId: 'cart', waitFor: 'opened', within: 'PT1H', from: 'x' }, 'broken', { channel: 'sms', content: { body: 'Hi' } }] };

describe('what a node says about itself', () => {
  it('lists the messages a node sends, with paths, steps and the keys that are not channel settings', () => {
    expect(nodeMessages({ type: 'send', config: { channel: 'sms', content: { body: 'Hi' } } })).toEqual([
      { path: '', message: { channel: 'sms', content: { body: 'Hi' } }, ownKeys: ['channel', 'templateId', 'content', 'transactional', 'onCap'] },
    ]);
    expect(nodeMessages({ type: 'cascade', config: cascade }).map(({ path, step }) => [path, step])).toEqual([['steps[0]', 1], ['steps[2]', 3]]);
    expect(nodeChannels({ type: 'cascade', config: cascade })).toEqual([{ path: 'steps[0].channel', value: 'email' }, { path: 'steps[2].channel', value: 'sms' }]);
    expect(nodeTemplates({ type: 'cascade', config: cascade })).toEqual([{ path: 'steps[0].templateId', value: 'cart' }]);
    expect(nodeMessages({ type: 'wait', config: { duration: 'PT1H' } })).toEqual([]);
    expect(sendsMessages('cascade') && sendsMessages('send') && !sendsMessages('branch')).toBe(true);
  });

  it('names the segments, events and conditions a node references', () => {
    expect(nodeReferences({ type: 'trigger', config: { kind: 'segment_entry', segmentId: 'vip' } }).segments).toEqual([{ path: 'segmentId', value: 'vip' }]);
    expect(nodeReferences({ type: 'wait_for_event', config: { event: 'paid', timeout: 'P1D' } }).events).toEqual([{ path: 'event', value: 'paid' }]);
    const branch = { rules: [{ id: 'a', condition: { inSegment: 'vip' } }, null] };
    expect(nodeReferences({ type: 'branch', config: branch })).toEqual({
      segments: [{ path: 'rules[0].condition', value: 'vip' }],
      events: [],
      conditions: [{ path: 'rules[0].condition', value: { inSegment: 'vip' } }, { path: 'rules[1].condition', value: undefined }],
    });
  });

  it('summarises its config in one line, formatting labels and durations as the caller says', () => {
    expect(nodeSummary({ type: 'wait', config: { duration: 'PT1H' } }, context)).toBe('wait <PT1H>');
    expect(nodeSummary({ type: 'trigger', config: { kind: 'date_attribute', attribute: 'birthday', offset: '-P1D' } }, context)).toBe('on birthday − <P1D>');
    expect(nodeSummary({ type: 'cascade', config: cascade }, context)).toBe('EMAIL → SMS');
    expect(nodeSummary({ type: 'send', config: { channel: 'sms', content: { body: 'A rather long text to be cut short' } } }, context)).toBe('SMS · “A rather long text to b…”');
    expect(nodeSummary({ type: 'plugin_node', config: {} }, context)).toBe('');
  });

  it('labels outputs from the config and knows the entry type', () => {
    expect(nodeHandleLabel({ type: 'split', config: { variants: [{ id: 'a', label: 'Short' }, { id: 'b' }] } }, 'a')).toBe('Short');
    expect(nodeHandleLabel({ type: 'split', config: { variants: [{ id: 'b' }] } }, 'b')).toBe('b');
    expect(nodeHandleLabel({ type: 'wait', config: {} }, 'next')).toBe('next');
    expect(Object.keys(nodeHandlers).filter(isEntryType)).toEqual(['trigger']);
  });

  it('answers every question on any draft config without throwing', () => {
    for (const type of Object.keys(nodeHandlers)) {
      for (const config of [undefined, null, 'text', 42, [], {}, { steps: 'x', rules: [1], variants: {}, kind: 'event', content: 'x' }]) {
        expect(() => {
          nodeMessages({ type, config });
          nodeReferences({ type, config });
          nodeSummary({ type, config }, context);
          nodeHandleLabel({ type, config }, 'next');
        }).not.toThrow();
        // The handlers themselves, not only the guarded helpers: callers may ask them directly.
        const handler = nodeHandlers[type as keyof typeof nodeHandlers] as unknown as NodeHandler<unknown>;
        expect(() => [handler.messages?.(config), handler.references?.(config), handler.handleLabel?.(config, 'next')]).not.toThrow();
        expect(typeof (handler.summary?.(config, context) ?? '')).toBe('string');
      }
    }
  });
});
