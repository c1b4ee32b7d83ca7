import { serializerCompiler } from 'fastify-type-provider-zod';
import t from 'tap';
import { z } from 'zod';
import { responseSerializerCompiler } from '../../src/http/response-serializer.js';
import { PlanOutSchema } from '../../src/http/schemas/plan.schema.js';
import { createPlanStructure, createTiltak, PLAN_ID, startApi } from './api-fixture.js';

const route = (schema: z.ZodType) => ({ schema, method: 'GET', url: '/test', httpStatus: '200' });

t.test('a plan is written byte for byte as the zod serializer writes it', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  t.equal((await createTiltak(api)).statusCode, 201);
  t.equal(
    (await createTiltak(api, { tiltakId: 'second', number: '1.1.2', status: 'IN_PROGRESS' })).statusCode,
    201,
  );
  const response = await api.as('reader', { method: 'GET', url: `/plans/${PLAN_ID}` });
  t.equal(response.statusCode, 200);
  const plan = response.json<unknown>();
  const viaZod = serializerCompiler(route(PlanOutSchema))(plan);
  t.equal(responseSerializerCompiler(route(PlanOutSchema))(plan), viaZod);
  t.equal(response.body, viaZod, 'and that is what the route sent');
});

t.test('only documented properties are written, in the documented order', async (t) => {
  const schema = z.object({ b: z.string(), a: z.number(), nested: z.object({ x: z.boolean() }) });
  const serialize = responseSerializerCompiler(route(schema));
  t.equal(
    serialize({ a: 1, secret: 's', b: 'two', nested: { x: true, internal: 1 } }),
    '{"b":"two","a":1,"nested":{"x":true}}',
  );
});

t.test('a response schema JSON Schema cannot express is still written by zod', async (t) => {
  const schema = z.object({ at: z.date() });
  t.throws(() => z.toJSONSchema(schema), 'JSON Schema has no date object');
  const serialize = responseSerializerCompiler(route(schema));
  t.equal(serialize({ at: new Date(Date.UTC(2021, 0, 1)) }), '{"at":"2021-01-01T00:00:00.000Z"}');
  t.throws(() => serialize({ at: 'not a date' }), 'and zod still checks it');
});
