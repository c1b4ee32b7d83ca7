// A small typed fetch wrapper over the generated API types: the bearer token, If-Match, problem+json errors.
import type { paths } from './api-types.js';
import { plainWords, type Problem } from './plain-words.js';

type Json<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
export type PlanTree = Json<paths['/plans/{planId}']['get']['responses'][200]>;
export type PlanList = Json<paths['/plans']['get']['responses'][200]>;
export type Timeline = Json<paths['/plans/{planId}/timeline']['get']['responses'][200]>;
export type TiltakState = Json<paths['/tiltak/{tiltakId}']['get']['responses'][200]>;
export type TiltakHistory = Json<paths['/tiltak/{tiltakId}/history']['get']['responses'][200]>;
export type PlanDiff = Json<paths['/plans/{planId}/diff']['get']['responses'][200]>;
export type AuditVerification = Json<paths['/audit/verify']['get']['responses'][200]>;
export type AuditPage = Json<paths['/audit']['get']['responses'][200]>;
export type Me = Json<paths['/me']['get']['responses'][200]>;
export type StatusBody = NonNullable<
  paths['/tiltak/{tiltakId}/status']['post']['requestBody']
>['content']['application/json'];
export type NoteBody = NonNullable<
  paths['/tiltak/{tiltakId}/notes']['post']['requestBody']
>['content']['application/json'];
export type GrantBody = NonNullable<
  paths['/tiltak/{tiltakId}/funding']['post']['requestBody']
>['content']['application/json'];
export type WithdrawalBody = NonNullable<
  paths['/tiltak/{tiltakId}/funding/{grantId}/withdrawal']['post']['requestBody']
>['content']['application/json'];
export type CorrectionBody = NonNullable<
  paths['/events/{eventId}/corrections']['post']['requestBody']
>['content']['application/json'];
export type RetractionBody = NonNullable<
  paths['/events/{eventId}/retractions']['post']['requestBody']
>['content']['application/json'];

/** An answer that is not 2xx, with the problem's code and a sentence a person understands. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Answer<T> {
  body: T;
  etag: string | null;
}

export class Api {
  constructor(private readonly token: string) {}

  async get<T>(path: string): Promise<Answer<T>> {
    return this.send<T>('GET', path);
  }

  async post<T>(path: string, body: unknown, ifMatch?: string): Promise<Answer<T>> {
    return this.send<T>('POST', path, body, ifMatch);
  }

  /** The answer as a file to save: fetched with the token in the header (never in a link), saved by the browser. */
  async download(path: string, fileName: string): Promise<void> {
    const response = await fetch(path, { headers: { authorization: `Bearer ${this.token}` } });
    if (!response.ok) {
      const problem = (await response.json().catch(() => ({}))) as Problem;
      throw new ApiError(response.status, problem.code ?? '', plainWords(response.status, problem));
    }
    const url = URL.createObjectURL(await response.blob());
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private async send<T>(method: string, path: string, body?: unknown, ifMatch?: string): Promise<Answer<T>> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (ifMatch !== undefined) headers['if-match'] = ifMatch;
    const response = await fetch(path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const parsed: unknown = text === '' ? null : JSON.parse(text);
    if (!response.ok) {
      const problem = (parsed ?? {}) as Problem;
      throw new ApiError(response.status, problem.code ?? '', plainWords(response.status, problem));
    }
    return { body: parsed as T, etag: response.headers.get('etag') };
  }
}
