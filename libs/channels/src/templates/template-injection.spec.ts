import { renderMessage, type RenderResult } from './render-message';
import { templateContext } from './template-context';
import { templateSyntaxErrors } from './template-syntax';

const context = templateContext({ contact: { id: 'c-1', email: 'anna@example.com', attributes: { firstName: 'Anna' }, tags: [] } });
const render = (body: string): RenderResult => renderMessage({ template: { body }, context });
const refused = (body: string) => {
  const result = render(body);
  return 'error' in result ? result.error : null;
};

// Issue 5: template injection attempts are inert or rejected, and quickly.
describe('templates are sandboxed', () => {
  it('reads no prototype: constructor and __proto__ are missing variables', () => {
    expect(refused('{{ constructor }}')).toMatchObject({ code: 'missing_variable', variable: 'constructor' });
    expect(refused('{{ contact.constructor.name }}')).toMatchObject({ code: 'missing_variable', variable: 'contact.constructor' });
    expect(refused('{{ contact["__proto__"] }}')).toMatchObject({ code: 'missing_variable', variable: 'contact.__proto__' });
    expect(refused('{{ contact.tags.constructor }}')).toMatchObject({ code: 'missing_variable', variable: 'contact.tags.constructor' });
    expect(refused('{{ contact.attributes.firstName.constructor }}')).toMatchObject({ code: 'missing_variable' });
    expect(refused('{% assign f = contact.constructor %}{{ f.name }}')).toMatchObject({ code: 'missing_variable', variable: 'contact.constructor' });
  });

  it('rejects unknown filters when the template is saved', () => {
    expect(templateSyntaxErrors({ body: 'x\n{{ "a" | prototype }}' })).toEqual([{ field: 'body', line: 2, column: 1, message: expect.stringContaining('undefined filter: prototype') }]);
    expect(refused('{{ contact.email | constructor }}')).toMatchObject({ code: 'template_syntax' });
  });

  it('has no file tags: include, render and layout are syntax errors, and nothing is read', () => {
    for (const tag of ["{% include '/etc/passwd' %}", "{% render 'x' %}", "{% layout 'x' %}", "{%- liquid\n include '/etc/hostname'\n-%}"]) {
      expect(templateSyntaxErrors({ body: tag })).toEqual([expect.objectContaining({ field: 'body', message: expect.stringMatching(/is not available: a template cannot load files/) })]);
      expect(refused(tag)).toMatchObject({ code: 'template_syntax' });
    }
  });

  it('stops huge loops and runaway growth with an error instead of hanging', () => {
    expect(refused('{% for i in (1..100000000) %}{{ i }}{% endfor %}')).toMatchObject({ code: 'render_failed', message: expect.stringContaining('limit exceeded') });
    expect(refused('{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}x{% endfor %}{% endfor %}{% endfor %}'))
      .toMatchObject({ code: 'render_failed', message: expect.stringContaining('limit exceeded') });
    expect(refused(`${'{% for a in (1..2) %}'.repeat(40)}x${'{% endfor %}'.repeat(40)}`)).toMatchObject({ code: 'render_failed' });
    expect(refused('{% assign s = "xxxxxxxxxx" %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s }}')).toMatchObject({ code: 'render_failed' });
  });

  it('refuses deeply nested templates rather than overflowing the stack', () => {
    const nested = `${'{% if true %}'.repeat(20_000)}x${'{% endif %}'.repeat(20_000)}`;
    expect(templateSyntaxErrors({ body: nested })).toHaveLength(1);
    expect(refused(nested)).toMatchObject({ code: 'template_syntax' });
    expect(refused(`{{ ${'contact['.repeat(20_000)}"id"${']'.repeat(20_000)} }}`)).not.toBeNull();
  });
});
