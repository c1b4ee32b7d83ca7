import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EntityIdSchema, KommunenummerSchema, PartyKindSchema } from '../../domain/index.js';
import {
  buildPartyRegister,
  foldForSearch,
  involvementOf,
  osloDateOf,
  pageOf,
  plansAt,
  type RegisteredParty,
} from '../../projections/index.js';
import type { ApiDependencies } from '../api-dependencies.js';
import { sendProblem } from '../error-handler.js';
import { partyTiltakBody, registeredPartyBody } from '../finding-bodies.js';
import { nextPageCursor, offsetPageQueryShape } from '../paging.js';
import { plansInScope } from '../plan-scope.js';
import { problem } from '../problem.js';
import { BEARER, listErrors, readErrors } from '../route-docs.js';
import { PartyDetailSchema, PartyPageSchema } from '../schemas/party.schema.js';
import { temporalQuerySchema } from '../temporal-query.js';

const TAG = 'parties';

const partyListQuery = z.strictObject({
  ...temporalQuerySchema.shape,
  q: z.string().trim().min(1).max(200).optional().meta({
    description: 'Words in the name, abbreviation or another name (case and æøå/accents ignored)',
    example: 'lillestrom',
  }),
  kind: PartyKindSchema.optional(),
  kommunenummer: KommunenummerSchema.optional().meta({
    description: 'A kommunenummer of any period (3030 and 3205 both find Lillestrøm)',
    example: '3205',
  }),
  ...offsetPageQueryShape,
});

const partyParams = z.strictObject({
  partyId: EntityIdSchema.meta({ example: 'helseforetak-akershus-universitetssykehus' }),
});

const partyDetailQuery = z.strictObject({ ...temporalQuerySchema.shape, ...offsetPageQueryShape });

export function registerPartyRoutes(app: FastifyInstance, deps: ApiDependencies): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.get(
    '/parties',
    {
      config: { access: 'read', planScope: 'filtered' },
      schema: {
        tags: [TAG],
        summary: 'Find parties',
        description:
          'The party register at (validAt, knownAt): the catalogue of known parties and every party the plans name, by name in Norwegian order. Filter by words of the name (`q`), `kind` or `kommunenummer`; paginated.',
        security: BEARER,
        querystring: partyListQuery,
        response: { 200: PartyPageSchema, ...listErrors() },
      },
    },
    function findParties(request, reply) {
      const { validAt, knownAt, q, kind, kommunenummer, limit, cursor } = request.query;
      const register = buildPartyRegister(
        plansAt(deps.readModel, { validAt, knownAt }, plansInScope(request.principal)),
        osloDateOf(validAt),
      );
      const words = q === undefined ? [] : foldForSearch(q).split(' ');
      const matches = (party: RegisteredParty) => {
        if (kind !== undefined && party.kind !== kind) return false;
        if (
          kommunenummer !== undefined &&
          party.kommunenummer !== kommunenummer &&
          !party.kommunenummerPeriods.some((period) => period.kommunenummer === kommunenummer)
        )
          return false;
        const names = foldForSearch([party.name, party.abbreviation ?? '', ...party.alsoNamed].join('\n'));
        return words.every((word) => names.includes(word));
      };
      const page = pageOf(register.all().filter(matches), (party) => party.partyId, limit, cursor);
      return {
        items: page.items.map(registeredPartyBody),
        nextCursor: nextPageCursor(request, reply, page.next),
        total: page.total,
      };
    },
  );

  typed.get(
    '/parties/:partyId',
    {
      config: { access: 'read', planScope: 'filtered' },
      schema: {
        tags: [TAG],
        summary: 'A party and its tiltak',
        description:
          'The party with its place in the hierarchy, and the tiltak it or any of its units (partOf, all the way down) is responsible for or takes part in at (validAt, knownAt), in document order; the tiltak are paginated, the counts are over all of them.',
        security: BEARER,
        params: partyParams,
        querystring: partyDetailQuery,
        response: { 200: PartyDetailSchema, ...readErrors() },
      },
    },
    function readParty(request, reply) {
      const { validAt, knownAt, limit, cursor } = request.query;
      const plans = plansAt(deps.readModel, { validAt, knownAt }, plansInScope(request.principal));
      const register = buildPartyRegister(plans, osloDateOf(validAt));
      const party = register.get(request.params.partyId);
      if (party === undefined) {
        sendProblem(
          reply,
          problem(404, 'PARTY.NOT_FOUND', 'Not Found', `no party ${request.params.partyId}`),
        );
        return;
      }
      const involved = involvementOf(register, party.partyId, plans);
      const page = pageOf(involved, (entry) => entry.tiltak.tiltakId, limit, cursor);
      return {
        party: registeredPartyBody(party),
        counts: {
          tiltak: involved.length,
          responsible: involved.filter((entry) => entry.roles.includes('responsible')).length,
          participant: involved.filter((entry) => entry.roles.includes('participant')).length,
        },
        tiltak: {
          items: page.items.map(partyTiltakBody),
          nextCursor: nextPageCursor(request, reply, page.next),
          total: page.total,
        },
      };
    },
  );
}
