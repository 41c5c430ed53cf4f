import { cascadeNode } from '../../nodes/cascade.node';
import { triggerNode } from '../../nodes/trigger.node';
import { waitNode } from '../../nodes/wait.node';
import { schemaIssues } from './schema-validation';

const issues = (schema: Record<string, unknown>, value: unknown) =>
  schemaIssues({ schema, value }).map(({ path, message }) => `${path}: ${message}`);

/** ajv reports a failed oneOf as every error of every branch; these pin the single answer given instead. */
describe('schemaIssues: oneOf', () => {
  it('names the accepted values of a const discriminator', () => {
    expect(issues(triggerNode.configSchema, { kind: 'evnt', event: 'x' }))
      .toEqual(['kind: must be one of event, segment_entry, date_attribute, api, broadcast']);
  });

  it('explains the branch the discriminator picks', () => {
    expect(issues(triggerNode.configSchema, { kind: 'date_attribute', attribute: 'birthday' })).toEqual(['offset: is required']);
  });

  it('lists the accepted shapes when none is recognisable', () => {
    expect(issues(waitNode.configSchema, { until: 'tomorrow' })).toEqual([': needs one of: duration; untilLocalTime; untilAttribute']);
  });

  it('says when two shapes are mixed', () => {
    expect(issues(waitNode.configSchema, { duration: 'PT1H', untilLocalTime: '09:00' }))
      .toEqual([': mixes duration with untilLocalTime: use only one of them']);
  });

  it('follows recursive conditions down to the faulty leaf', () => {
    const filter = { all: [{ attribute: 'city', op: 'eq', value: 'Kazan' }, { any: [{ attribute: 'age', op: 'older' }] }] };
    expect(issues(triggerNode.configSchema, { kind: 'event', event: 'purchase', filter }))
      .toEqual(['filter.all[1].any[0].op: must be one of eq, neq, gt, gte, lt, lte, in, not_in, contains, not_contains, starts_with, exists, not_exists']);
  });

  it('keeps the keywords beside a oneOf (a cascade step needs a channel, and within with waitFor)', () => {
    expect(issues(cascadeNode.configSchema, { steps: [{ waitFor: 'opened' }] })).toEqual([
      'steps[0].channel: is required',
      'steps[0].within: is required when waitFor is set',
      'steps[0]: needs one of: templateId; content',
    ]);
  });
});
