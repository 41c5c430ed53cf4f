import { DomainError, notFound, notFoundMessage } from './index';

describe('DomainError', () => {
  it('carries a kind, a code, a message and details, and is an Error', () => {
    const error = new DomainError('conflict', 'name_taken', 'Another thing is named "x".', [{ path: 'name', code: 'name_taken', message: 'taken' }]);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'DomainError', kind: 'conflict', code: 'name_taken', message: 'Another thing is named "x".' });
    expect(error.details).toEqual([{ path: 'name', code: 'name_taken', message: 'taken' }]);
    expect(new DomainError('invalid', 'bad', 'Bad.').details).toEqual([]);
  });

  it('keeps the class and name of a subclass, so instanceof works on both', () => {
    class RfmLikeError extends DomainError<'rfm_input_invalid'> {
      override name = 'RfmLikeError';
    }
    const error = new RfmLikeError('invalid', 'rfm_input_invalid', 'levels must be 2 to 9');
    expect(error).toBeInstanceOf(RfmLikeError);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.name).toBe('RfmLikeError');
  });
});

describe('notFound', () => {
  it('words every missing resource alike, with one detail at the path that named it', () => {
    const error = notFound('journey', '42');
    expect(error).toMatchObject({ kind: 'not_found', code: 'journey_not_found', message: 'Journey 42 does not exist.' });
    expect(error.details).toEqual([{ path: 'id', code: 'journey_not_found', message: 'Journey 42 does not exist.' }]);
    expect(notFound('contact', '7', 'contactId').details).toEqual([{ path: 'contactId', code: 'contact_not_found', message: 'Contact 7 does not exist.' }]);
  });

  it('spells a two-word resource with a space in the message and an underscore in the code', () => {
    expect(notFoundMessage('sandbox_message', 'm1')).toBe('Sandbox message m1 does not exist.');
    expect(notFound('sandbox_message', 'm1').code).toBe('sandbox_message_not_found');
  });
});
