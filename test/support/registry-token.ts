/**
 * A small token issuer for a token-auth registry (distribution's auth.token): checks basic
 * credentials, grants the requested actions to known users and pull on `public/` repositories to
 * anyone, and signs RS256 JWTs whose x5c header carries a self-signed certificate that the
 * registry trusts through its rootcertbundle. The registry, not this issuer, is under test.
 * https://distribution.github.io/distribution/spec/auth/jwt/
 */
import { execFileSync } from 'node:child_process';
import { createPrivateKey, randomUUID, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

export interface TokenRequest {
  user?: string;
  scopes: string[];
  status: number;
}

export interface TokenIssuer {
  realm: string;
  service: string;
  issuer: string;
  certPath: string;
  requests: TokenRequest[];
  close(): Promise<void>;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

interface Access {
  type: string;
  name: string;
  actions: string[];
}

function parseScope(scope: string): Access | undefined {
  const first = scope.indexOf(':');
  const last = scope.lastIndexOf(':');
  if (first === -1 || last === first) return undefined;
  return {
    type: scope.slice(0, first),
    name: scope.slice(first + 1, last),
    actions: scope.slice(last + 1).split(','),
  };
}

export async function startTokenIssuer(dir: string, users: Record<string, string>): Promise<TokenIssuer> {
  const keyPath = join(dir, 'issuer-key.pem');
  const certPath = join(dir, 'issuer-cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=tsg-token-issuer',
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ],
    { stdio: 'ignore' },
  );
  const key = createPrivateKey(readFileSync(keyPath));
  const certDer = readFileSync(certPath, 'utf8').replace(/-----[^-]+-----|\s/g, '');
  const service = 'tsg-registry';
  const issuer = 'tsg-token-issuer';
  const requests: TokenRequest[] = [];

  const jwt = (subject: string, access: Access[]) => {
    const now = Math.floor(Date.now() / 1000);
    const header = { typ: 'JWT', alg: 'RS256', x5c: [certDer] };
    const claims = {
      iss: issuer,
      sub: subject,
      aud: service,
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: randomUUID(),
      access,
    };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
    return `${input}.${b64url(sign('sha256', Buffer.from(input), key))}`;
  };

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://issuer');
    const scopes = url.searchParams.getAll('scope');
    let user: string | undefined;
    const auth = request.headers.authorization;
    if (auth?.startsWith('Basic ')) {
      const [name, ...rest] = Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':');
      if (name === undefined || users[name] !== rest.join(':')) {
        requests.push({ user: name, scopes, status: 401 });
        response.writeHead(401, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'bad username or password' }] }),
        );
        return;
      }
      user = name;
    }
    const access = scopes
      .map(parseScope)
      .filter((a): a is Access => a !== undefined)
      .map((a) => ({
        ...a,
        actions: user ? a.actions : a.name.startsWith('public/') ? a.actions.filter((x) => x === 'pull') : [],
      }));
    requests.push({ user, scopes, status: 200 });
    const token = jwt(user ?? '', access);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service,
    issuer,
    certPath,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
