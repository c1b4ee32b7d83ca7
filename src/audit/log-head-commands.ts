import type { AuditLog } from './audit-log.js';
import type { SignedLogHead } from './signed-log-head.js';

/** A write refused because the audit log failed its checks: appending would extend a log nobody can trust. */
export class AuditLogBroken extends Error {
  readonly code = 'AUDIT.LOG_BROKEN';
  constructor(message: string) {
    super(message);
    this.name = 'AuditLogBroken';
  }
}

/** How long a write waits for the tree to take it in, so its answer carries a head that includes it. */
export const LOG_HEAD_WAIT_MS = 5_000;

interface CommandRunner<Input, Context, Result> {
  handle(input: Input, context: Context): Promise<Result>;
}

/**
 * The command port with a signed log head on every result: the head of the tree once it holds the write (null
 * when it did not within LOG_HEAD_WAIT_MS). Refuses every command while the audit log is broken.
 */
export function withSignedLogHeads<Input, Context, Result extends { position: bigint }>(
  commands: CommandRunner<Input, Context, Result>,
  auditLog: AuditLog,
): CommandRunner<Input, Context, Result & { logHead: SignedLogHead | null }> {
  return {
    async handle(input, context) {
      const refused = (): AuditLogBroken => {
        const problem = auditLog.problem;
        return new AuditLogBroken(
          `the audit log is broken (${String(problem?.problem)} at position ${String(problem?.position)})`,
        );
      };
      if (auditLog.state === 'broken') throw refused();
      const result = await commands.handle(input, context);
      return { ...result, logHead: await auditLog.headCovering(result.position, LOG_HEAD_WAIT_MS) };
    },
  };
}
