import { readFile } from 'node:fs/promises';
import { Router } from '@koa/router';
import { projectPath } from '../../common/project-paths.js';
import type { PersonDirectory } from '../../domain/people/person-directory.js';
import type { PersonRole } from '../../domain/programme/types.js';
import type { AppState } from '../context.js';

const ROLE_LABELS: Record<PersonRole, string> = {
  SPECIALIST: '科技特派员',
  ENTERPRISE_CONTACT: '企业联系人',
  CITY_OFFICIAL: '设区市服务站',
  REGION_OFFICIAL: '自治区工作办',
  ADMIN: '管理员',
};

const STATIC_FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'chat.html', type: 'text/html; charset=utf-8' },
  '/chat/chat.js': { file: 'chat.js', type: 'text/javascript; charset=utf-8' },
  '/chat/chat.css': { file: 'chat.css', type: 'text/css; charset=utf-8' },
};

/** The demo's web chat: a page where a visitor picks a demo person and talks to the bot as them. */
export function demoRoutes(people: PersonDirectory): Router<AppState> {
  const router = new Router<AppState>();
  for (const [route, { file, type }] of Object.entries(STATIC_FILES)) {
    router.get(route, async (ctx) => {
      ctx.type = type;
      ctx.set(
        'Content-Security-Policy',
        "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
      );
      ctx.set('X-Content-Type-Options', 'nosniff');
      ctx.body = await readFile(projectPath('public', file));
    });
  }
  router.get('/local/people', async (ctx) => {
    const accounts = await people.listAccounts('LOCAL');
    ctx.body = {
      people: accounts.map(({ accountId, person }) => ({
        userId: accountId,
        name: person.name,
        role: person.role,
        roleLabel: ROLE_LABELS[person.role],
      })),
    };
  });
  return router;
}
