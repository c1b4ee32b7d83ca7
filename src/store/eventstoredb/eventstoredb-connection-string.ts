/*
 * The connection string as the client reads it, and as it may be printed. Credentials never leave this module in a
 * message: only the scheme and the hosts are named.
 */

const CONNECTION_STRING_HEAD = /^([a-z+]+):\/\/(?:([^@/?]*)@)?([^/?]*)/i;

/**
 * The client (6.x) knows the schemes `esdb://` and `esdb+discover://`; KurrentDB's newer names for the same thing,
 * `kurrentdb://` and `kdb://` (with `+discover`), are rewritten to them.
 */
export function toClientConnectionString(connectionString: string): string {
  return connectionString
    .trim()
    .replace(/^(?:kurrentdb|kdb)(\+discover)?:\/\//i, (_scheme, discover?: string) =>
      discover ? 'esdb+discover://' : 'esdb://',
    );
}

/** `esdb://host:port,…` without user, password or options: safe to print. */
export function describeConnectionString(connectionString: string): string {
  const match = CONNECTION_STRING_HEAD.exec(connectionString.trim());
  if (!match) return 'EventStoreDB (unparsable connection string)';
  return `${match[1] ?? 'esdb'}://${match[3] ?? ''}`;
}

/** Removes the connection string's user info (and the password alone) wherever a message repeats it. */
export function scrubSecrets(text: string, connectionString: string): string {
  const userInfo = CONNECTION_STRING_HEAD.exec(connectionString.trim())?.[2];
  if (!userInfo) return text;
  const password = userInfo.includes(':') ? userInfo.slice(userInfo.indexOf(':') + 1) : '';
  let scrubbed = text.split(userInfo).join('***');
  if (password.length > 0) scrubbed = scrubbed.split(password).join('***');
  return scrubbed;
}
