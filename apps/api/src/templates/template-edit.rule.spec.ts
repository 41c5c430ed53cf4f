import type { JourneyGraph } from '@cascade/journey';
import { templateEditProblems } from './template-edit.rule';

const startedBy = (trigger: Record<string, unknown>): JourneyGraph => ({ nodes: [{ id: 'start', type: 'trigger', config: trigger }], edges: [] });
const onEvent = { id: 'j1', name: 'Cart', graph: startedBy({ kind: 'event', event: 'cart_abandoned' }) };
const onApi = { id: 'j2', name: 'Welcome', graph: startedBy({ kind: 'api' }) };

describe('templateEditProblems', () => {
  it('finds nothing wrong with content every journey sending it can render', () => {
    expect(templateEditProblems({ template: { subject: 'Hi', body: '{{ contact.email }} {{ contact.attributes.firstName }}' }, journeys: [onEvent, onApi] })).toEqual([]);
    expect(templateEditProblems({ template: { body: '{{ contact.firstName }}' }, journeys: [] })).toEqual([]);
  });

  it('names the field and every journey a problem fails in, reading the event only where the journey starts with one', () => {
    expect(templateEditProblems({ template: { subject: '{{ event.properties.total }}', body: 'Hi {{ contact.firstName }}' }, journeys: [onEvent, onApi] })).toEqual([
      { path: 'body', code: 'unknown_variable', message: expect.stringMatching(/^line 1, column 7: contact\.firstName: .*; in "Cart" \(j1\), "Welcome" \(j2\)$/) },
      { path: 'subject', code: 'no_event', message: expect.stringMatching(/^line 1, column 4: event\.properties\.total: .*; in "Welcome" \(j2\)$/) },
    ]);
  });
});
