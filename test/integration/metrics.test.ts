import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatWith } from '../support/chat.js';
import { createTestService, TEST_ADMIN_TOKEN, type TestService } from '../support/test-service.js';

describe('GET /metrics', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await createTestService();
  });
  afterAll(async () => {
    await service?.close();
  });
  const say = chatWith(() => service);
  const scrape = async () => {
    const response = await request(service.handler).get('/metrics').set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    return response.text;
  };

  it('reports requests by route, messages by intent, questions, the outbox and job runs', async () => {
    await say('chen.siyuan', '今天在龙城齿轮技术攻关1天，指标测试');
    await say('chen.siyuan', '科技特派员每年至少服务多少天？');
    await say('chen.siyuan', '明天南宁会下雨吗？');
    // Nothing is sent from here on, so the reminders the run enqueues are still waiting when the metrics are read.
    await service.services.dispatcher.stop();
    const run = await request(service.handler)
      .post('/admin/reminders/run')
      .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`)
      .send({ job: 'quota', at: '2026-11-23T09:10:00+08:00' });
    // The scheduler's record of another run, two seconds long.
    await service.services.jobRuns.record({
      job: 'quota',
      scheduledFor: new Date('2026-11-16T01:10:00Z'),
      startedAt: new Date('2026-11-16T01:10:00Z'),
      finishedAt: new Date('2026-11-16T01:10:02Z'),
      enqueued: 3,
    });
    // Refused requests are counted with the status they were answered with, not as 404.
    await request(service.handler).post('/admin/reminders/run').send({ job: 'quota' });
    await request(service.handler)
      .post('/admin/reminders/run')
      .set('authorization', `Bearer ${TEST_ADMIN_TOKEN}`)
      .send({ job: 'weather' });
    const text = await scrape();
    expect(text).toMatch(/kjtpy_http_requests_total\{method="POST",route="\/local\/messages",status="200"\} 3/);
    expect(text).toMatch(/kjtpy_http_requests_total\{method="POST",route="[^"]*",status="401"\} 1/);
    expect(text).toMatch(/kjtpy_http_requests_total\{method="POST",route="\/admin\/reminders\/run",status="400"\} 1/);
    expect(text).toContain(
      'kjtpy_http_request_duration_seconds_bucket{le="0.005",method="POST",route="/local/messages"}',
    );
    expect(text).toMatch(/kjtpy_chat_messages_total\{channel="LOCAL",intent="report"\} 1/);
    expect(text).toMatch(/kjtpy_chat_messages_total\{channel="LOCAL",intent="policy-question"\} 2/);
    expect(text).toMatch(/kjtpy_policy_questions\{answered="true"\} 1/);
    expect(text).toMatch(/kjtpy_policy_questions\{answered="false"\} 1/);
    const pending = text.match(/kjtpy_outbox_messages\{status="PENDING",channel="LOCAL"\} (\d+)/);
    expect(run.body.messages.length).toBeGreaterThan(0);
    expect(Number(pending?.[1])).toBeGreaterThanOrEqual(run.body.messages.length);
    // The run through the admin API counts like a scheduled one.
    expect(text).toMatch(/kjtpy_job_runs\{job="quota"\} 2/);
    expect(text).toMatch(/kjtpy_job_last_finished_timestamp_seconds\{job="quota"\} \d+/);
  });

  it('is behind the admin token', async () => {
    expect((await request(service.handler).get('/metrics')).status).toBe(401);
  });
});
