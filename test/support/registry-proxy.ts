/**
 * A fault-injecting loopback proxy in front of a real registry. It records every request and,
 * per rule, drops the connection (before or midway through the body), delays, answers a status
 * (429 with Retry-After, 500, an HTML page), rewrites a body, or redirects to another origin.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';

export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  range?: string;
  /** The fault applied, if any. */
  fault?: string;
  at: number;
}

export type FaultAction =
  | { kind: 'drop' }
  | { kind: 'drop-after'; bytes: number }
  | { kind: 'delay'; ms: number }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  | { kind: 'tamper'; edit: (body: Buffer) => Buffer }
  | { kind: 'redirect'; to: (path: string) => string };

export interface FaultRule {
  /** Matched against the request path (with query). */
  match: RegExp;
  /** Applies to the first `times` matching requests (default: every one). */
  times?: number;
  action: FaultAction;
}

export interface FaultProxy {
  host: string;
  requests: RecordedRequest[];
  /** Replaces the rules and clears the record. */
  reset(rules?: FaultRule[]): void;
  close(): Promise<void>;
}

/**
 * `/_storage/<path>` is served from the upstream with `storageAuthorization` (like a presigned
 * storage URL), so a redirect rule can send blob downloads to another origin.
 */
export async function startFaultProxy(
  upstream: string,
  options: { storageAuthorization?: string } = {},
): Promise<FaultProxy> {
  let rules: (FaultRule & { used: number })[] = [];
  const requests: RecordedRequest[] = [];

  const forward = (
    incoming: IncomingMessage,
    outgoing: ServerResponse,
    path: string,
    authorization: string | undefined,
    onBody?: (status: number, headers: Record<string, string | string[] | undefined>, body: Buffer) => void,
    dropAfter?: number,
  ) => {
    const headers = { ...incoming.headers, host: upstream };
    delete headers.authorization;
    if (authorization) headers.authorization = authorization;
    const upstreamRequest = httpRequest(
      `http://${upstream}${path}`,
      { method: incoming.method, headers },
      (answer) => {
        if (onBody) {
          const chunks: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => chunks.push(chunk));
          answer.on('end', () => onBody(answer.statusCode ?? 502, answer.headers, Buffer.concat(chunks)));
          return;
        }
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        if (dropAfter === undefined) {
          answer.pipe(outgoing);
          return;
        }
        let sent = 0;
        answer.on('data', (chunk: Buffer) => {
          const room = dropAfter - sent;
          if (room <= 0) return;
          outgoing.write(chunk.subarray(0, room));
          sent += Math.min(room, chunk.length);
          if (sent >= dropAfter) setTimeout(() => outgoing.socket?.destroy(), 20);
        });
      },
    );
    upstreamRequest.on('error', () => outgoing.socket?.destroy());
    incoming.pipe(upstreamRequest);
  };

  const server: Server = createServer((incoming, outgoing) => {
    const path = incoming.url ?? '/';
    const record: RecordedRequest = { method: incoming.method ?? 'GET', path, at: Date.now() };
    if (incoming.headers.authorization) record.authorization = incoming.headers.authorization;
    if (incoming.headers.range) record.range = incoming.headers.range;
    requests.push(record);
    if (path.startsWith('/_storage/')) {
      // The storage side of a redirect: served as is, without faults.
      forward(incoming, outgoing, path.slice('/_storage'.length), options.storageAuthorization);
      return;
    }
    const authorization = incoming.headers.authorization;
    const rule = rules.find((r) => r.match.test(path) && (r.times === undefined || r.used < r.times));
    if (!rule) {
      forward(incoming, outgoing, path, authorization);
      return;
    }
    rule.used++;
    const action = rule.action;
    record.fault = action.kind;
    switch (action.kind) {
      case 'drop':
        incoming.socket.destroy();
        return;
      case 'drop-after':
        forward(incoming, outgoing, path, authorization, undefined, action.bytes);
        return;
      case 'delay':
        setTimeout(() => forward(incoming, outgoing, path, authorization), action.ms);
        return;
      case 'status':
        outgoing.writeHead(action.status, action.headers ?? {});
        outgoing.end(action.body ?? '');
        return;
      case 'tamper':
        forward(incoming, outgoing, path, authorization, (status, headers, body) => {
          const edited = action.edit(body);
          outgoing.writeHead(status, { ...headers, 'content-length': String(edited.length) });
          outgoing.end(edited);
        });
        return;
      case 'redirect':
        outgoing.writeHead(307, { location: action.to(path) });
        outgoing.end();
        return;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    host: `127.0.0.1:${port}`,
    requests,
    reset(next = []) {
      rules = next.map((rule) => ({ ...rule, used: 0 }));
      requests.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
