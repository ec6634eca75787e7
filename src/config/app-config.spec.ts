import { ConfigError, loadConfig, parseByteSize } from './app-config';

describe('loadConfig', () => {
  it('defaults to the embedded database in ./var/data, 127.0.0.1:3000, a 5 MB body limit and no broker', () => {
    const config = loadConfig({}, '/srv/gw');
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, database: { engine: 'pglite', dataDir: '/srv/gw/var/data' }, amqpUrl: null, bodyLimitBytes: 5 * 1024 * 1024, idempotencyTtlHours: 24 });
  });

  it('uses PostgreSQL when DATABASE_URL is set, and a configurable data folder otherwise', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u:p@h:5432/db' }).database).toMatchObject({ engine: 'postgres', url: 'postgres://u:p@h:5432/db' });
    expect(loadConfig({ X12GW_DATA_DIR: '/data/x' }).database).toEqual({ engine: 'pglite', dataDir: '/data/x' });
  });

  it('keeps webhooks off private networks unless WEBHOOK_ALLOW_PRIVATE_NETWORKS is on', () => {
    expect(loadConfig({}).webhooks.allowPrivateNetworks).toBe(false);
    expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' }).webhooks.allowPrivateNetworks).toBe(true);
    expect(() => loadConfig({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'sometimes' })).toThrow(/WEBHOOK_ALLOW_PRIVATE_NETWORKS must be true or false/);
  });

  it('lists every bad variable at once', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', AMQP_URL: 'http://x', BODY_LIMIT: 'lots', LOG_LEVEL: 'loud', MIGRATE_ON_START: 'maybe' });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems).toHaveLength(6);
    expect(error!.message).toMatch(/PORT[\s\S]*DATABASE_URL[\s\S]*AMQP_URL[\s\S]*BODY_LIMIT[\s\S]*LOG_LEVEL[\s\S]*MIGRATE_ON_START/);
  });

  it.each([
    ['5mb', 5 * 1024 * 1024],
    ['512kb', 512 * 1024],
    ['2048', 2048],
    ['1GB', 1024 * 1024 * 1024],
    ['five', null],
    ['-1', null],
  ])('parseByteSize(%s) = %s', (input, expected) => {
    expect(parseByteSize(input)).toBe(expected);
  });
});
