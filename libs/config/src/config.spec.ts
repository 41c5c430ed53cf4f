import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('fills every setting with the embedded defaults when nothing is configured', () => {
    const config = loadConfig({}, '/srv/cascade');
    expect(config).toEqual({
      database: { url: 'postgres://postgres@127.0.0.1:5432/cascade', configured: false },
      temporal: {
        address: '127.0.0.1:7233', configured: false, namespace: 'default', taskQueue: 'cascade',
        devServerPort: 7233, workflowBundle: undefined,
      },
      http: { host: '127.0.0.1', port: 3000, publicUrl: 'http://127.0.0.1:3000' },
      dataDir: '/srv/cascade/.data',
      secretKey: undefined,
      channelPlugins: [],
      outbound: { allowlist: [] },
      logLevel: 'log',
    });
  });

  it('reads configured values and marks them as configured', () => {
    const config = loadConfig(
      { DATABASE_URL: 'postgresql://app:pw@db:5432/crm', TEMPORAL_ADDRESS: 'temporal:7233', PORT: '8080', LOG_LEVEL: 'debug' },
      '/srv',
    );
    expect(config.database).toEqual({ url: 'postgresql://app:pw@db:5432/crm', configured: true });
    expect(config.temporal).toMatchObject({ address: 'temporal:7233', configured: true });
    expect(config.http.port).toBe(8080);
    expect(config.logLevel).toBe('debug');
  });

  it('takes the public URL of tracking links without its trailing slash', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://crm.example.com/' }).http.publicUrl).toBe('https://crm.example.com');
  });

  it('lists channel plug-ins separated by commas', () => {
    expect(loadConfig({ CASCADE_CHANNEL_PLUGINS: './plugins/viber.js, @acme/cascade-sms' }).channelPlugins).toEqual(['./plugins/viber.js', '@acme/cascade-sms']);
  });

  it('lists the outbound allowlist: host names, suffixes, IPs and CIDR ranges', () => {
    const env = { CASCADE_OUTBOUND_ALLOWLIST: ' 127.0.0.1, 10.0.0.0/8 ,sms-gw.internal,*.svc.cluster.local,::1,fd00::/8,[::1],' };
    expect(loadConfig(env).outbound.allowlist).toEqual(['127.0.0.1', '10.0.0.0/8', 'sms-gw.internal', '*.svc.cluster.local', '::1', 'fd00::/8', '[::1]']);
  });

  it('points the default Temporal address at the dev server port', () => {
    expect(loadConfig({ TEMPORAL_DEV_SERVER_PORT: '7299' }).temporal.address).toBe('127.0.0.1:7299');
  });

  it.each([
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL must be a postgres:// URL'],
    [{ DATABASE_URL: 'postgres://app:p#ss@db/cascade' }, 'DATABASE_URL must be a postgres:// URL'],
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 1 to 65535'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 1 to 65535'],
    [{ TEMPORAL_ADDRESS: 'http://temporal' }, 'TEMPORAL_ADDRESS must be host:port'],
    [{ CASCADE_SECRET_KEY: 'short' }, 'CASCADE_SECRET_KEY must be at least 32 characters'],
    [{ PUBLIC_URL: 'crm.example.com' }, 'PUBLIC_URL must be an http(s) URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of error, warn, log, debug, verbose'],
    [{ CASCADE_OUTBOUND_ALLOWLIST: '127.0.0.1,10.0.0.0/33' }, 'CASCADE_OUTBOUND_ALLOWLIST has "10.0.0.0/33", which is not a host name, IP address or CIDR range'],
    [{ CASCADE_OUTBOUND_ALLOWLIST: '10.0.0.256' }, 'CASCADE_OUTBOUND_ALLOWLIST has "10.0.0.256"'],
    [{ CASCADE_OUTBOUND_ALLOWLIST: 'http://sms-gw.internal' }, 'CASCADE_OUTBOUND_ALLOWLIST has "http://sms-gw.internal"'],
    [{ CASCADE_OUTBOUND_ALLOWLIST: 'sms-gw.internal:8080' }, 'CASCADE_OUTBOUND_ALLOWLIST has "sms-gw.internal:8080"'],
    [{ CASCADE_OUTBOUND_ALLOWLIST: 'fd00::/129' }, 'CASCADE_OUTBOUND_ALLOWLIST has "fd00::/129"'],
  ])('rejects %j naming the variable and the reason', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reports every bad variable in one line', () => {
    let message = '';
    try {
      loadConfig({ DATABASE_URL: 'nope', PORT: '0' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('PORT');
    expect(message).not.toContain('\n');
  });

  it('ignores variables it does not know', () => {
    expect(() => loadConfig({ SOMETHING_ELSE: 'x' })).not.toThrow();
  });
});
