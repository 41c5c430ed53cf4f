import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadChannelPlugins } from './load-plugins';

describe('loadChannelPlugins', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cascade-plugins-'));
    await writeFile(join(dir, 'good.js'), `module.exports = { type: 'pigeon', label: 'Pigeon', configSchema: {}, address: () => null, send: async () => ({}) };`);
    await writeFile(join(dir, 'two.js'), `exports.default = [{ type: 'a', label: 'A', configSchema: {}, address: () => null, send: async () => ({}) },
      { type: 'b', label: 'B', configSchema: {}, address: () => null, send: async () => ({}) }];`);
    await writeFile(join(dir, 'bad.js'), `module.exports = { type: 'no spaces allowed', label: 'X', configSchema: {}, address: () => null, send: async () => ({}) };`);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('loads channels from paths relative to the working directory, one or several per module', () => {
    expect(loadChannelPlugins(['./good.js', './two.js'], dir).map((channel) => channel.type)).toEqual(['pigeon', 'a', 'b']);
  });

  it('says which module is wrong and why, in one line', () => {
    expect(() => loadChannelPlugins(['./bad.js'], dir)).toThrow('Channel plug-in "./bad.js" is not a channel: `type` must be letters, digits, "_" or "-"');
    expect(() => loadChannelPlugins(['./missing.js'], dir)).toThrow(/^Channel plug-in "\.\/missing\.js" could not be loaded: Cannot find module/);
    expect(() => loadChannelPlugins(['@nobody/no-such-plugin'], dir)).toThrow(/could not be loaded/);
  });
});
