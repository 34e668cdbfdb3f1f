import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock, today } from '../../src/common/clock.js';
import { addDays } from '../../src/common/local-date.js';
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
    expect(await page.locator('.bubble.me .text').first().textContent()).toBe('你好');
    // Each bubble carries the service's time.
    expect(await page.locator('.bubble.me time').first().textContent()).toMatch(/\d{2}:\d{2}/);

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
    expect(await page.locator('.bubble.me .text').nth(1).textContent()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('#log img').count()).toBe(0);

    // Switching person and back keeps each one's conversation.
    await page.selectOption('#person', { label: '孙建立（企业联系人）' });
    expect(await page.locator('.bubble.me .text').first().textContent()).toBe('你好');
    await page.selectOption('#person', { label: '陈思远（科技特派员）' });
    expect(await page.locator('.bubble.me').count()).toBe(2);
    // A message the service refuses (too long) is answered in Chinese.
    await page.fill('#text', '长'.repeat(4_100));
    await page.press('#text', 'Enter');
    await expect.poll(() => page.locator('.bubble.error').count()).toBe(1);
    expect(await page.locator('.bubble.error').textContent()).toContain('消息');
    expect(errors).toEqual([]);
  });

  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 700 }],
  ] as const) {
    it(`keeps the input and the newest reply on screen as the chat grows, on a ${name}`, async () => {
      const page = await browser.newPage({ viewport });
      await page.goto(`${url}/`);
      await expect.poll(() => page.locator('#person option').count()).toBeGreaterThan(10);
      await page.selectOption('#person', { label: '李明（科技特派员）' });
      for (let i = 0; i < 6; i++) {
        await page.fill('#text', i === 5 ? `长词${'W'.repeat(300)}` : '帮助');
        await page.press('#text', 'Enter');
        await expect.poll(() => page.locator('.bubble.bot').count()).toBe(i + 1);
      }
      const inView = async (selector: string) => {
        const box = await page.locator(selector).last().boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= viewport.height + 1;
      };
      expect(await inView('#text')).toBe(true);
      expect(await inView('.bubble.bot')).toBe(true);
      // The page itself does not grow past the screen: the chat scrolls inside its frame.
      expect(await page.locator('html').evaluate((html) => html.scrollHeight)).toBeLessThanOrEqual(viewport.height + 1);
      // A long word wraps inside its bubble.
      const overflow = await page
        .locator('.bubble.me')
        .last()
        .evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      const shot = path.join(dataDir, `web-chat-${name}.png`);
      await page.screenshot({ path: shot });
      expect(existsSync(shot)).toBe(true);
      await page.close();
    });
  }

  it('shows what the service pushes to a person, such as a request to confirm a visit', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/`);
    await expect.poll(() => page.locator('#person option').count()).toBeGreaterThan(10);
    await page.selectOption('#person', { label: '陈思远（科技特派员）' });
    // Yesterday's date written out: a day already over at whatever hour the suite runs (「今天」 or 「昨天」 sent before
    // 05:00 is asked about first). The demo runs on the machine's clock, so the day is read off it.
    const [, month, day] = addDays(today(systemClock), -1).split('-');
    await page.fill('#text', `${Number(month)}月${Number(day)}日在龙城齿轮技术攻关1天，网页演示`);
    await page.press('#text', 'Enter');
    await page.locator('.bubble.bot').first().waitFor();

    await page.selectOption('#person', { label: '孙建立（企业联系人）' });
    const notice = page.locator('.bubble.notice', { hasText: '网页演示' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('确认');
  });
});
