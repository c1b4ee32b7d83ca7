import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AuditLog } from '../../audit/index.js';
import type { ApiDependencies } from '../api-dependencies.js';
import { sendProblem } from '../error-handler.js';
import { problem } from '../problem.js';
import { BEARER, listErrors, publicErrors } from '../route-docs.js';
import { ConsistencySchema, InclusionSchema, PublicKeySchema } from '../schemas/audit.schema.js';
import { PositionQuerySchema, TreeSizeQuerySchema } from '../schemas/common.schema.js';
import { sendQueryProblem } from './problems.js';

const TAG = 'audit';

/** The routes by which a client that kept a signed head checks that later heads extend it (docs/audit.md). */
export function registerLogProofRoutes(app: FastifyInstance, deps: ApiDependencies): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get(
    '/audit/public-key',
    {
      config: { access: 'public' },
      schema: {
        tags: [TAG],
        summary: 'The key that signs log heads',
        description:
          'The Ed25519 public key that signs every log head (the `Audit-Log-Head` header of write answers, GET /audit/checkpoint). Keep it with the heads you keep. Open to everyone.',
        response: { 200: PublicKeySchema, ...publicErrors() },
      },
    },
    function publicKey(_request, reply) {
      const auditLog = deps.auditLog;
      if (auditLog === undefined) {
        logUnavailable(reply);
        return;
      }
      return { algorithm: 'Ed25519' as const, keyId: auditLog.keyId, publicKey: auditLog.publicKeyPem };
    },
  );

  typed.get(
    '/audit/consistency',
    {
      config: { access: 'read' },
      schema: {
        tags: [TAG],
        summary: 'Proof that a later log head extends an earlier one',
        description:
          'RFC 6962 consistency proof between the tree of `from` events (the `treeSize` of a head you kept) and the tree of `to` events (default: the whole log), with the signed head at `to`. Check it yourself (docs/audit.md): the proof must lead from your kept root to the new one. `from` must be at least 1 and at most `to`; `to` at most the log size (400 otherwise). Every role.',
        security: BEARER,
        querystring: z.object({
          from: TreeSizeQuerySchema,
          to: TreeSizeQuerySchema.optional(),
        }),
        response: { 200: ConsistencySchema, ...listErrors() },
      },
    },
    function consistency(request, reply) {
      const auditLog = deps.auditLog;
      if (auditLog === undefined) {
        logUnavailable(reply);
        return;
      }
      const size = auditLog.size;
      const to = request.query.to ?? size;
      const { from } = request.query;
      if (to > size) {
        sendQueryProblem(reply, 'to', `past the log's ${size} events`);
        return;
      }
      if (from < 1 || from > to) {
        sendQueryProblem(reply, 'from', `must be from 1 to ${to}`);
        return;
      }
      const head = auditLog.signedHead(to);
      if (head === null) {
        logBroken(reply, auditLog);
        return;
      }
      return {
        from: { treeSize: from, rootHash: auditLog.rootAt(from) },
        to: head,
        proof: auditLog.consistencyProof(from, to),
      };
    },
  );

  typed.get(
    '/audit/inclusion',
    {
      config: { access: 'read' },
      schema: {
        tags: [TAG],
        summary: 'Proof that an event is in a log head',
        description:
          'RFC 6962 audit path of the event at `position` in the tree of `treeSize` events (default: the whole log), with the signed head at that size. The leaf is sha256(0x00 ‖ "<position>\\n<streamId>\\n<revision>\\n<hash>") (docs/audit.md). Every role.',
        security: BEARER,
        querystring: z.object({
          position: PositionQuerySchema,
          treeSize: TreeSizeQuerySchema.optional(),
        }),
        response: { 200: InclusionSchema, ...listErrors() },
      },
    },
    function inclusion(request, reply) {
      const auditLog = deps.auditLog;
      if (auditLog === undefined) {
        logUnavailable(reply);
        return;
      }
      const size = request.query.treeSize ?? auditLog.size;
      if (size > auditLog.size) {
        {
          sendQueryProblem(reply, 'treeSize', `past the log's ${auditLog.size} events`);
          return;
        }
      }
      const position = BigInt(request.query.position);
      const proof = auditLog.inclusionProof(position, size);
      if (proof === null) {
        {
          sendQueryProblem(reply, 'position', `no event at this position in a tree of ${size}`);
          return;
        }
      }
      const head = auditLog.signedHead(size);
      if (head === null) {
        logBroken(reply, auditLog);
        return;
      }
      return {
        position: position.toString(),
        leafIndex: proof.leafIndex,
        leafHash: auditLog.leafHash(proof.leafIndex),
        head,
        proof: proof.proof,
      };
    },
  );
}

function logUnavailable(reply: Parameters<typeof sendProblem>[0]): void {
  sendProblem(
    reply,
    problem(503, 'AUDIT.LOG_UNAVAILABLE', 'Service Unavailable', 'this server keeps no log-wide tree'),
  );
}

function logBroken(reply: Parameters<typeof sendProblem>[0], auditLog: AuditLog): void {
  const at = auditLog.problem;
  sendProblem(
    reply,
    problem(
      503,
      'AUDIT.LOG_BROKEN',
      'Service Unavailable',
      `the audit log is broken (${String(at?.problem)} at position ${String(at?.position)}); it signs no head`,
    ),
  );
}
