/**
 * One HTTP try against a registry: fetch with a timeout on the response headers, redirects
 * followed by hand so that credentials never go to another origin, and the short texts that
 * messages quote (a registry's error body, a network failure).
 */
import { isLoopback } from './reference.js';

export const userAgent = 'tiny-size-gate (Distribution API v2 client)';
const maxRedirects = 5;
const errorBodyCap = 64 * 1024;

/** A redirect not followed: a fault of the server, not of the network, so not retried. */
export class RedirectError extends Error {}

export interface TryOptions {
  accept?: string[];
  /** `bytes=N-` to resume a blob. */
  range?: string;
  /** Sent to the first URL's origin only. */
  authorization?: string;
  timeoutMs: number;
}

/** One try: GET with a header timeout, following redirects, dropping credentials across origins. */
export async function fetchOnce(url: string | URL, options: TryOptions): Promise<Response> {
  let target = new URL(url);
  const origin = target.origin;
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = { 'user-agent': userAgent };
    if (options.accept) headers.accept = options.accept.join(', ');
    if (options.range) headers.range = options.range;
    if (options.authorization && target.origin === origin) headers.authorization = options.authorization;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    let response: Response;
    try {
      response = await fetch(target, { headers, redirect: 'manual', signal: controller.signal });
    } finally {
      clearTimeout(timer);
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || !location) return response;
    await response.body?.cancel();
    if (hop >= maxRedirects) throw new RedirectError(`more than ${maxRedirects} redirects`);
    const next = new URL(location, target);
    if (next.protocol !== 'https:' && next.protocol !== 'http:') {
      throw new RedirectError(`a redirect to ${next.protocol} is not followed`);
    }
    if (next.protocol === 'http:' && target.protocol === 'https:' && !isLoopback(next.host)) {
      throw new RedirectError(`a redirect from https to plain http (${next.host}) is not followed`);
    }
    target = next;
  }
}

/** https, or for loopback/insecure registries whichever of https and http answers. */
export async function baseUrl(host: string, insecure: boolean): Promise<string> {
  const https = `https://${host}`;
  if (!isLoopback(host) && !insecure) return https;
  try {
    await fetch(`${https}/v2/`, { signal: AbortSignal.timeout(5_000), headers: { 'user-agent': userAgent } });
    return https;
  } catch {
    return `http://${host}`;
  }
}

interface RegistryErrorBody {
  errors?: { code?: string; message?: string; detail?: unknown }[];
}

/** ": MANIFEST_UNKNOWN manifest unknown" from a registry error body, or a short text excerpt. */
export async function errorSummary(response: Response): Promise<string> {
  let text = '';
  try {
    const reader = response.body?.getReader();
    if (reader) {
      const chunks: Uint8Array[] = [];
      let length = 0;
      while (length < errorBodyCap) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        length += value.length;
      }
      await reader.cancel();
      text = Buffer.concat(chunks).toString('utf8');
    }
  } catch {
    return '';
  }
  try {
    const body = JSON.parse(text) as RegistryErrorBody;
    const errors = (body.errors ?? []).map((e) => [e.code, e.message].filter(Boolean).join(' '));
    if (errors.length) return `: ${errors.join('; ')}`;
  } catch {
    // Not a registry error document.
  }
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('html') || /^\s*</.test(text)) return ': an HTML page, not a registry answer';
  const line = text.trim().split('\n')[0]?.slice(0, 200);
  return line ? `: ${line}` : '';
}

export function networkMessage(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const message = error instanceof Error ? error.message : String(error);
  return cause ? `${message}: ${cause.code ?? ''} ${cause.message ?? ''}`.trim() : message;
}
