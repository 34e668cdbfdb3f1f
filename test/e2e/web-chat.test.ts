import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Child, runEntryPoint } from '../support/child-service.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Debian's chromium package (.ci/run installs it); without it the browser test cannot run here.
describe.runIf(existsSync(CHROMIUM))('demo web chat in a real browser', () => {
  let dataDir: string;
  let demo: Child;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'kjtpy-web-'));
    demo = runEntryPoint('src/demo.ts', { PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    [, url = ''] = await demo.waitFor(/running at (http:\/\/\S+)/);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    demo?.process.kill('SIGTERM');
    await demo?.exited();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('lets a visitor pick a demo person and chat as them', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${url}/`);
    await expect.poll(() => page.locator('#person option').count()).toBeGreaterThan(10);

    await page.selectOption('#person', { label: '孙建立（企业联系人）' });
    await page.fill('#text', '你好');
    await page.click('button[type=submit]');
    const reply = page.locator('.bubble.bot').first();
    await reply.waitFor();
    expect(await reply.textContent()).toContain('孙建立');
    expect(await page.locator('.bubble.me').first().textContent()).toBe('你好');

    // Another person gets their own conversation and their own help text.
    await page.selectOption('#person', { label: '陈思远（科技特派员）' });
    expect(await page.locator('.bubble').count()).toBe(0);
    await page.fill('#text', '帮助');
    await page.press('#text', 'Enter');
    await page.locator('.bubble.bot').first().waitFor();
    expect(await page.locator('.bubble.bot').first().textContent()).toContain('服务报备');
    // Text that looks like HTML is shown as text, never rendered.
    await page.fill('#text', '<img src=x onerror=alert(1)>');
    await page.press('#text', 'Enter');
    await page.locator('.bubble.bot').nth(1).waitFor();
    expect(await page.locator('.bubble.me').nth(1).textContent()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('#log img').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows what the service pushes to a person, such as a request to confirm a visit', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/`);
    await expect.poll(() => page.locator('#person option').count()).toBeGreaterThan(10);
    await page.selectOption('#person', { label: '陈思远（科技特派员）' });
    await page.fill('#text', '今天在龙城齿轮技术攻关1天，网页演示');
    await page.press('#text', 'Enter');
    await page.locator('.bubble.bot').first().waitFor();

    await page.selectOption('#person', { label: '孙建立（企业联系人）' });
    const notice = page.locator('.bubble.notice', { hasText: '网页演示' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('确认');
  });
});
