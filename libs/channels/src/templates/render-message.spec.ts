import type { ContactSnapshot } from '@cascade/journey';
import { renderMessage } from './render-message';
import { templateContext } from './template-context';

const anna: ContactSnapshot = {
  id: 'c-1', externalId: 'u-1', email: 'anna@example.com', phone: null, telegramChatId: null, timezone: 'Europe/Moscow',
  attributes: { firstName: 'Anna', plan: 'pro', bio: '<script>alert(1)</script> & "friends"' }, tags: ['vip'],
};
const cartEvent = { name: 'cart_abandoned', occurredAt: '2025-03-01T10:00:00Z', properties: { total: 4200, items: [{ name: 'Pillow' }, { name: 'Duvet' }] } };
const render = (template: { subject?: string; body: string; html?: string }, contact = anna, event: typeof cartEvent | null = cartEvent) =>
  renderMessage({ template, context: templateContext({ contact, event }) });

describe('renderMessage', () => {
  it('renders subject, body and html from the contact and the trigger event', () => {
    expect(render({
      subject: 'Hi {{ contact.attributes.firstName }}',
      body: 'Your cart: {% for item in event.properties.items %}{{ item.name }}{% unless forloop.last %}, {% endunless %}{% endfor %} ({{ event.properties.total }})',
      html: '<p>{{ contact.email }} · {{ contact.tags | join: "," }} · {{ event.name }}</p>',
    })).toEqual({ message: {
      subject: 'Hi Anna',
      body: 'Your cart: Pillow, Duvet (4200)',
      html: '<p>anna@example.com · vip · cart_abandoned</p>',
    } });
  });

  it('fails on a missing variable, naming it and the field, instead of rendering a blank', () => {
    expect(render({ subject: 'Hello', body: 'Hi {{ contact.attributes.lastName }}!' })).toEqual({
      error: { field: 'body', code: 'missing_variable', message: 'missing variable: contact.attributes.lastName', variable: 'contact.attributes.lastName' },
    });
    // A contact field the contact does not have is missing too, not an empty string.
    expect(render({ body: 'Call {{ contact.phone }}' })).toMatchObject({ error: { code: 'missing_variable', variable: 'contact.phone' } });
    expect(render({ body: '{{ event.name }}' }, anna, null)).toMatchObject({ error: { code: 'missing_variable', variable: 'event' } });
  });

  it('lets an optional variable be written with `default` (first filter) or `if`', () => {
    const contact = { ...anna, attributes: {} };
    expect(render({ body: 'Hi {{ contact.attributes.firstName | default: "there" | capitalize }}' }, contact)).toEqual({ message: { body: 'Hi There' } });
    expect(render({ body: 'Hi {{ contact.attributes.firstName | default: "there" }}' })).toEqual({ message: { body: 'Hi Anna' } });
    expect(render({ body: '{% if contact.attributes.firstName %}Hi {{ contact.attributes.firstName }}{% else %}Hello{% endif %}' }, contact))
      .toEqual({ message: { body: 'Hello' } });
    expect(render({ body: '{{ event.properties.coupon | default: "no coupon" }}' }, anna, null)).toEqual({ message: { body: 'no coupon' } });
    expect(render({ body: '{% assign name = contact.attributes.firstName | default: "there" %}Hi {{ name }}' }, contact)).toEqual({ message: { body: 'Hi there' } });
    expect(render({ body: '{% assign name = contact.attributes.firstName %}Hi {{ name }}' }, contact))
      .toMatchObject({ error: { code: 'missing_variable', variable: 'contact.attributes.firstName' } });
    // `default` after another filter is too late: the variable is read first.
    expect(render({ body: '{{ contact.attributes.firstName | upcase | default: "x" }}' }, contact)).toMatchObject({ error: { code: 'missing_variable' } });
  });

  it('escapes values in html, not in the subject or text body; `raw` opts out', () => {
    const template = { subject: '{{ contact.attributes.bio }}', body: '{{ contact.attributes.bio }}', html: '<p>{{ contact.attributes.bio }}</p>{{ "<b>ok</b>" | raw }}' };
    expect(render(template)).toEqual({ message: {
      subject: '<script>alert(1)</script> & "friends"',
      body: '<script>alert(1)</script> & "friends"',
      html: '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;friends&#34;</p><b>ok</b>',
    } });
  });

  it('leaves out a subject or html the template does not have', () => {
    expect(render({ body: 'Hi' })).toEqual({ message: { body: 'Hi' } });
  });
});
