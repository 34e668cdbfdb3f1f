import type { Middleware } from 'koa';
import type { AppState } from '../context.js';
import { adminAuth } from './admin-auth.js';

/** The admin surface: the admin API and the metrics. */
const ADMIN_PATH = /^\/(admin|metrics)(\/|$)/;

/**
 * The path as a router might understand it, whatever its spelling: percent-decoding (repeated, against double
 * encoding), backslashes, duplicate slashes, `.` and `..` segments, `;` parameters, letter case, trailing dots and
 * trailing slashes.
 */
export function canonicalPath(raw: string): string {
  let path = raw;
  for (let i = 0; i < 3; i++) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      break;
    }
    if (decoded === path) break;
    path = decoded;
  }
  const segments: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    const segment = (part.split(';')[0] ?? '').trim().toLowerCase();
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment.replace(/\.+$/, '')); // some servers drop a segment's trailing dots
  }
  return `/${segments.join('/')}`;
}

/** A path no spelling trick can hide in: lower-case letters, digits, '-' and '_' between single slashes. */
const PLAIN_PATH = /^(\/[a-z0-9_-]+)+$/;

export const isAdminPath = (path: string) => ADMIN_PATH.test(PLAIN_PATH.test(path) ? path : canonicalPath(path));

/**
 * The one guard of the admin surface, in front of every router: any request whose path, however spelled, leads
 * into /admin or /metrics needs the admin token. Routers then match paths exactly (case-sensitive).
 */
export function adminGuard(adminToken: string | undefined): Middleware<AppState> {
  const auth = adminAuth(adminToken);
  return async (ctx, next) => {
    if (isAdminPath(ctx.path)) return auth(ctx, next);
    return next();
  };
}
