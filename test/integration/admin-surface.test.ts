import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouters, createApp } from '../../src/app.js';
import { canonicalPath, isAdminPath } from '../../src/http/middleware/admin-guard.js';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

/** Sends a request with its path exactly as written (no client-side normalisation of dots, slashes or case). */
function raw(server: Server, method: string, path: string, headers: Record<string, string> = {}) {
  const { port } = server.address() as AddressInfo;
  return new Promise<number>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(method === 'GET' || method === 'DELETE' ? undefined : '{}');
  });
}

/** Ways of spelling one path that a router, a proxy or a framework might take for it. */
function spellings(path: string): string[] {
  const [, first = '', rest = ''] = /^\/([^/]+)(.*)$/.exec(path) ?? [];
  const encodedFirstLetter = `/%${first.charCodeAt(0).toString(16)}${first.slice(1)}${rest}`;
  return [
    path,
    path.toUpperCase(),
    `/${first[0]?.toUpperCase()}${first.slice(1)}${rest}`,
    `${path}/`,
    `${path}//`,
    `/${path}`,
    path.replace(/\//g, '//'),
    `/./${first}${rest}`,
    `/x/../${first}${rest}`,
    `/${first}/.${rest}`,
    `/${first}/x/..${rest}`,
    encodedFirstLetter,
    encodedFirstLetter.replace('%', '%25'),
    path.replace(/\//g, '%2F').replace(/^%2F/, '/'),
    `/${first}${rest.replace(/\//g, '\\')}`,
    `/${first};x=1${rest}`,
    `${path}?token=${TEST_ADMIN_TOKEN}`,
    `${path}%20`,
    `${path}.`,
  ];
}

describe('the admin surface refuses everyone without the token, however the path is spelled', () => {
  let service: TestService;
  let server: Server;
  let routes: { method: string; path: string }[];
  beforeAll(async () => {
    service = await createTestService();
    server = createApp(service.services).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    routes = appRouters(service.services).flatMap((router) =>
      router.stack.flatMap((layer) =>
        layer.methods
          .filter((method) => method !== 'HEAD')
          .map((method) => ({ method, path: String(layer.path).replace(/:(\w+)/g, 'x') })),
      ),
    );
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await service?.close();
  });

  it('finds the admin routes and the metrics among the registered routes', () => {
    const admin = routes.filter((route) => isAdminPath(route.path));
    expect(admin.length).toBeGreaterThan(20);
    expect(admin).toContainEqual({ method: 'POST', path: '/admin/bindings' });
    expect(admin).toContainEqual({ method: 'GET', path: '/metrics' });
    expect(admin).toContainEqual({ method: 'POST', path: '/admin/calendar' });
    // Nothing outside /admin and /metrics is taken for the admin surface.
    for (const path of ['/healthz', '/readyz', '/local/messages', '/wecom/callback', '/administrator', '/metricsx']) {
      expect(isAdminPath(path)).toBe(false);
    }
  });

  it('reads every spelling of an admin path as a path into the admin surface', () => {
    expect(canonicalPath('/x/../ADMIN//./Visits/')).toBe('/admin/visits');
    expect(canonicalPath('/%2561dmin%2Fvisits')).toBe('/admin/visits');
    for (const spelling of spellings('/admin/visits')) expect(isAdminPath(spelling.split('?')[0] as string)).toBe(true);
  });

  it('answers 401 to every admin route in every spelling, without a token or with a wrong one', async () => {
    const admin = routes.filter((route) => isAdminPath(route.path));
    const refused: string[] = [];
    for (const route of admin) {
      for (const path of spellings(route.path)) {
        for (const headers of [{}, { authorization: 'Bearer wrong-token-0123456789' }] as Record<string, string>[]) {
          const status = await raw(server, route.method, path, { 'content-type': 'application/json', ...headers });
          if (status !== 401) refused.push(`${route.method} ${path} → ${status}`);
        }
      }
    }
    expect(refused).toEqual([]);
  });

  it('still serves the admin routes with the token', async () => {
    const ok = await raw(server, 'GET', '/admin/visits', { authorization: `Bearer ${TEST_ADMIN_TOKEN}` });
    expect(ok).toBe(200);
    expect(await raw(server, 'GET', '/metrics', { authorization: `Bearer ${TEST_ADMIN_TOKEN}` })).toBe(200);
  });
});
