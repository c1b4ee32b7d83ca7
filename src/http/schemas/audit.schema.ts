import { z } from 'zod';

/** The answers of the audit routes: chain verification, checkpoints, signed log heads and their proofs. */
export const SignedLogHeadSchema = z
  .object({
    treeSize: z.number().int(),
    position: z.string().nullable(),
    rootHash: z.string(),
    timestamp: z.string(),
    keyId: z.string(),
    signature: z.string(),
  })
  .meta({
    id: 'SignedLogHead',
    description:
      'A signed head of the log-wide RFC 6962 Merkle tree: Ed25519 over the lines of docs/audit.md, with the key of GET /audit/public-key',
  });

export const TreeHeadSchema = z.object({ treeSize: z.number().int(), rootHash: z.string() });

export const ConsistencySchema = z
  .object({
    from: TreeHeadSchema,
    to: SignedLogHeadSchema,
    proof: z.array(z.string()).meta({ description: 'RFC 6962 consistency proof, hex hashes in RFC order' }),
  })
  .meta({ id: 'ConsistencyProof' });

export const InclusionSchema = z
  .object({
    position: z.string(),
    leafIndex: z.number().int(),
    leafHash: z.string(),
    head: SignedLogHeadSchema,
    proof: z.array(z.string()).meta({ description: 'RFC 6962 audit path, hex hashes from the leaf up' }),
  })
  .meta({ id: 'InclusionProof' });

export const PublicKeySchema = z
  .object({
    algorithm: z.literal('Ed25519'),
    keyId: z.string(),
    publicKey: z.string().meta({ description: 'SPKI, PEM' }),
  })
  .meta({ id: 'LogPublicKey' });

export const BrokenLinkSchema = z.object({
  streamId: z.string().nullable(),
  revision: z.string().nullable(),
  position: z.string().nullable(),
  problem: z.enum([
    'HASH_MISMATCH',
    'PREV_HASH_MISMATCH',
    'REVISION_GAP',
    'REVISION_OUT_OF_ORDER',
    'POSITION_GAP',
    'RECORDED_AT_DECREASED',
    'UNREADABLE',
    'KEPT_HEAD_INVALID',
    'LOG_TRUNCATED',
    'LOG_ROOT_MISMATCH',
  ]),
  expectedHash: z.string().nullable(),
  foundHash: z.string().nullable(),
});

export const ChainVerificationSchema = z
  .object({
    ok: z.boolean(),
    streamsChecked: z.number().int(),
    eventsChecked: z.number().int(),
    headPosition: z.string().nullable(),
    brokenLinks: z.array(BrokenLinkSchema),
    log: z
      .object({ treeSize: z.number().int(), rootHash: z.string() })
      .meta({ description: 'The log-wide Merkle tree recomputed over the events checked' }),
  })
  .meta({
    id: 'ChainVerification',
    example: {
      ok: true,
      streamsChecked: 53,
      eventsChecked: 126,
      headPosition: '126',
      brokenLinks: [],
      log: { treeSize: 126, rootHash: '5c2a0e9f3b7d4c1a8e6f2b0d9c7a5e3f1b8d6c4a2e0f9b7d5c3a1e8f6b4d2c0a' },
    },
  });

export const VerifyResponseSchema = ChainVerificationSchema.extend({
  checkpoint: z
    .object({ position: z.string(), matches: z.boolean(), computedDigest: z.string() })
    .nullable()
    .meta({
      description:
        'The kept checkpoint, when one was given: does the history up to it still give it? `ok` is false when not.',
    }),
});

export const CheckpointSchema = z
  .object({
    position: z.string().nullable(),
    streams: z.number().int(),
    digest: z.string(),
    logHead: SignedLogHeadSchema.nullable().meta({
      description:
        'The signed head of the log-wide Merkle tree at the same position (null while it is broken)',
    }),
  })
  .meta({
    id: 'Checkpoint',
    example: {
      position: '126',
      streams: 53,
      digest: '9f2c1a0e5b7d4c3a8e6f1b2d0c9a7e5f3b1d8c6a4e2f0b9d7c5a3e1f8b6d4c2a',
      logHead: null,
    },
  });
