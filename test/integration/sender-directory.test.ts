import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaPersonDirectory } from '../../src/data/repositories/person-directory.js';
import { createTestService, type TestService } from '../support/test-service.js';

// Who wrote a message, read once per message answered: the person, their live postings (their own and their teams'),
// and the conversation waiting on them.
describe('the sender of a message', () => {
  let service: TestService;
  let directory: PrismaPersonDirectory;
  beforeAll(async () => {
    service = await createTestService();
    directory = new PrismaPersonDirectory(service.db, service.database.sql);
  });
  afterAll(async () => {
    await service?.close();
  });
  const postingsOf = async (account: string) =>
    (await directory.senderOf('LOCAL', account))?.sender.postings.map((posting) => posting.assignmentId);

  it('has a specialist’s own postings and their team’s, oldest first, each once', async () => {
    expect(await postingsOf('liu.yang')).toEqual(['A-005', 'A-004']);
    expect(await postingsOf('li.ming')).toEqual(['A-003']);
    const team = await service.db.assignment.findUniqueOrThrow({ where: { id: 'A-003' } });
    await service.db.assignment.create({
      data: {
        id: 'A-LM-OWN',
        enterpriseId: 'E-LZ-002',
        specialistId: 'P-003',
        startDate: new Date(team.startDate.getTime() + 86_400_000),
        endDate: team.endDate,
      },
    });
    expect(await postingsOf('li.ming')).toEqual(['A-003', 'A-LM-OWN']);
    expect(await postingsOf('wang.fang')).toEqual(['A-003']);

    const sender = await directory.senderOf('LOCAL', 'li.ming');
    expect(sender?.sender).toMatchObject({ id: 'P-003', name: '李明', role: 'SPECIALIST', enterpriseId: null });
    expect(sender?.sender.postings[1]).toEqual({
      assignmentId: 'A-LM-OWN',
      enterpriseId: 'E-LZ-002',
      enterpriseName: expect.any(String),
      shortName: expect.any(String),
      cityName: '柳州市',
      startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      endDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      active: true,
    });
  });

  it('leaves out a cancelled posting and marks an ended one as not active', async () => {
    await service.db.assignment.update({ where: { id: 'A-004' }, data: { status: 'CANCELLED' } });
    await service.db.assignment.update({ where: { id: 'A-005' }, data: { status: 'ENDED' } });
    const postings = (await directory.senderOf('LOCAL', 'liu.yang'))?.sender.postings;
    expect(postings?.map((posting) => [posting.assignmentId, posting.active])).toEqual([['A-005', false]]);
  });

  it('comes with the conversation waiting on them, and an enterprise contact with their enterprise', async () => {
    await service.db.conversation.upsert({
      where: { personId: 'P-101' },
      create: { personId: 'P-101', state: { kind: 'test', step: 2 } },
      update: { state: { kind: 'test', step: 2 } },
    });
    const contact = await directory.senderOf('LOCAL', 'sun.jianli');
    expect(contact?.conversation).toEqual({ kind: 'test', step: 2 });
    expect(contact?.sender).toMatchObject({ id: 'P-101', role: 'ENTERPRISE_CONTACT', postings: [] });
    expect(contact?.sender.enterpriseId).toBeTruthy();
    expect((await directory.senderOf('LOCAL', 'chen.siyuan'))?.conversation).toBeNull();
  });

  it('is nobody for an unknown account or a person no longer active', async () => {
    expect(await directory.senderOf('LOCAL', 'no.such.person')).toBeNull();
    expect(await directory.senderOf('WECOM', 'chen.siyuan')).toBeNull();
    await service.db.person.update({ where: { id: 'P-007' }, data: { active: false } });
    expect(await directory.senderOf('LOCAL', 'zhao.min')).toBeNull();
  });
});
