import { templateProblems } from './template-problems';
import { templateSyntaxErrors } from './template-syntax';
import { messageTemplateVariables } from './template-variables';

describe('template checks before any contact is known', () => {
  it('reports a syntax error with its field and line', () => {
    expect(templateSyntaxErrors({ subject: 'Hi', body: 'one\ntwo\n{% for item in event.properties.items %}{{ item }}', html: '<p>{{ contact.email }</p>' })).toEqual([
      { field: 'body', line: 3, column: 1, message: expect.stringMatching(/^line 3, column 1: tag .* not closed$/) },
      { field: 'html', line: 1, column: 4, message: expect.stringMatching(/^line 1, column 4: /) },
    ]);
    expect(templateSyntaxErrors({ subject: null, body: 'Hi {{ contact.email }}', html: null })).toEqual([]);
  });

  it('lists the context variables a template reads, without its own loop and assign names', () => {
    expect(messageTemplateVariables({
      subject: '{{ contact.attributes.firstName | default: "there" }}',
      body: '{% assign total = event.properties.total %}{{ total }}{% for item in event.properties.items %}{{ item.name }}{% endfor %}{{ contact.attributes.firstName }}',
    })).toEqual(['contact.attributes.firstName', 'event.properties.total', 'event.properties.items']);
  });

  it('accepts contact fields, any attribute, and event fields when the journey starts with an event', () => {
    const template = { subject: '{{ contact.email }} {{ contact.tags.first }}', body: '{{ contact.attributes["first name"] }} {{ event.name }} {{ event.properties.items[0].sku }}' };
    expect(templateProblems({ template, hasEvent: true })).toEqual([]);
  });

  it('reports variables no contact can have, and event variables in a journey without an event', () => {
    const template = { body: 'Hi {{ contact.firstName }} {{ customer.name }}\n{{ event.properties.total }} {{ contact.attributes.plan }}' };
    expect(templateProblems({ template, hasEvent: false })).toEqual([
      { field: 'body', code: 'unknown_variable', message: expect.stringMatching(/^line 1, column 7: contact\.firstName: .*contact\.attributes\.firstName/) },
      { field: 'body', code: 'unknown_variable', message: expect.stringMatching(/^line 1, column 31: customer\.name: a variable starts with contact or event/) },
      { field: 'body', code: 'no_event', message: expect.stringMatching(/^line 2, column 4: event\.properties\.total: this journey does not start with an event/) },
    ]);
    expect(templateProblems({ template: { body: '{{ event.total }}' }, hasEvent: true })).toEqual([
      { field: 'body', code: 'unknown_variable', message: expect.stringContaining('event.properties.total') },
    ]);
  });

  it('reports a syntax error as a problem instead of its variables', () => {
    expect(templateProblems({ template: { subject: '{% if %}', body: 'ok' }, hasEvent: true })).toEqual([
      { field: 'subject', code: 'template_syntax', message: expect.stringMatching(/^line 1, column \d+: /) },
    ]);
  });
});
