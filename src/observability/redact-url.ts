/** Query parameters that carry a credential when a client puts one in a URL (which this API never asks for). */
const CREDENTIAL_PARAMETER =
  /^(access[_-]?token|token|api[_-]?key|apikey|key|secret|password|auth|authorization|bearer)$/i;
const TOKEN_LIKE = /shp_[A-Za-z0-9_-]+/g;

/**
 * A URL as it may be logged: the values of credential-like query parameters replaced, and anything shaped like one
 * of our tokens wherever it appears (a path, another parameter). Unparseable URLs are logged as their path only.
 */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf('?');
  const path = (queryStart === -1 ? url : url.slice(0, queryStart)).replace(TOKEN_LIKE, '[redacted]');
  if (queryStart === -1) return path;
  const parts = url
    .slice(queryStart + 1)
    .split('&')
    .map((part) => {
      const equals = part.indexOf('=');
      const name = equals === -1 ? part : part.slice(0, equals);
      let decodedName = name;
      try {
        decodedName = decodeURIComponent(name);
      } catch {
        return '[redacted]';
      }
      if (equals !== -1 && CREDENTIAL_PARAMETER.test(decodedName)) return `${name}=[redacted]`;
      return part.replace(TOKEN_LIKE, '[redacted]');
    });
  return `${path}?${parts.join('&')}`;
}
