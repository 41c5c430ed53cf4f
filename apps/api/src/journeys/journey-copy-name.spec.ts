import { copyName } from './journey-copy-name';

describe('copyName', () => {
  it('appends " (copy)"', () => {
    expect(copyName({ name: 'Welcome' })).toBe('Welcome (copy)');
    expect(copyName({ name: 'Welcome (copy)' })).toBe('Welcome (copy) (copy)');
  });

  it('shortens a long name so the copy stays within 200 characters, never splitting a character', () => {
    const copied = copyName({ name: '🎉'.repeat(200) });
    expect(Array.from(copied)).toHaveLength(200);
    expect(copied).toBe(`${'🎉'.repeat(193)} (copy)`);
  });
});
