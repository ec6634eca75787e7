// Health of the database and the message bus, the OpenAPI document and Swagger UI, unknown routes.
import { startTestGateway, type TestGateway } from '../support/gateway';

function amqpUrl(): string {
  const url = process.env.AMQP_URL;
  if (!url) throw new Error('AMQP_URL is not set: run the suite with `npm test`');
  return url;
}

describe('operations', () => {
  describe('with RabbitMQ', () => {
    let t: TestGateway;
    beforeAll(async () => {
      t = await startTestGateway('postgres', { AMQP_URL: amqpUrl() });
    });
    afterAll(async () => {
      await t?.close();
    });

    it('/health reports the database and the broker up', async () => {
      const res = await t.http.get('/health').expect(200);
      expect(res.body).toEqual({
        status: 'ok',
        checks: { database: { status: 'up', engine: 'postgres' }, messageBus: { status: 'up', adapter: 'rabbitmq' } },
      });
    });

    it('serves the OpenAPI document generated from the DTOs, and Swagger UI', async () => {
      const doc = await t.http.get('/docs/openapi.json').expect(200);
      expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/v1/claims/professional', '/v1/claims/institutional', '/v1/claims/dental', '/v1/claims/validate', '/v1/claims/{id}', '/v1/claims', '/health']));
      const schemas = doc.body.components.schemas;
      expect(schemas.ProfessionalClaimDto).toBeDefined();
      expect(schemas.InstitutionalClaimDto).toBeDefined();
      expect(schemas.DentalClaimDto).toBeDefined();
      const pcn = JSON.stringify(schemas);
      expect(pcn).toContain('patientControlNumber');
      expect(doc.body.components.securitySchemes).toMatchObject({ bearer: { type: 'http' }, 'api-key': { type: 'apiKey', name: 'X-API-Key' } });
      const ui = await t.http.get('/docs').redirects(1).expect(200);
      expect(ui.text).toContain('swagger');
    });

    it('an unknown route answers 404 with a code', async () => {
      expect((await t.http.get('/v1/nothing-here').expect(404)).body.code).toBe('NOT_FOUND');
      const key = await t.key(['admin']);
      const res = await t.http.get('/v1/nothing-here').set('X-API-Key', key).expect(404);
      expect(res.body.code).toBe('NOT_FOUND');
    });
  });

  describe('with the broker unreachable', () => {
    let t: TestGateway;
    beforeAll(async () => {
      // A loopback port where nothing listens.
      t = await startTestGateway('postgres', { AMQP_URL: 'amqp://app:app@127.0.0.1:1' });
    });
    afterAll(async () => {
      await t?.close();
    });

    it('/health answers 503 and names the message bus', async () => {
      const res = await t.http.get('/health').expect(503);
      expect(res.body.status).toBe('error');
      expect(res.body.checks.database.status).toBe('up');
      expect(res.body.checks.messageBus).toMatchObject({ status: 'down', adapter: 'rabbitmq' });
    });
  });

  describe('on the embedded defaults', () => {
    let t: TestGateway;
    beforeAll(async () => {
      t = await startTestGateway('pglite');
    });
    afterAll(async () => {
      await t?.close();
    });

    it('/health reports PGlite and the embedded bus', async () => {
      const res = await t.http.get('/health').expect(200);
      expect(res.body.checks).toEqual({ database: { status: 'up', engine: 'pglite' }, messageBus: { status: 'up', adapter: 'embedded-postgres-queue' } });
    });
  });
});
