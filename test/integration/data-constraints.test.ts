import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/data/database.js';
import { pendingMigrations } from '../../src/data/database.js';
import { createTestService, type TestService } from '../support/test-service.js';

/** The database itself refuses what breaks the programme's rules, whoever writes to it. */
describe('programme rules enforced by the database', () => {
  let service: TestService;
  let db: Db;
  beforeAll(async () => {
    service = await createTestService();
    db = service.database.prisma;
  });
  afterAll(async () => {
    await service?.close();
  });

  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it('has applied every migration', async () => {
    expect(await pendingMigrations(db)).toEqual([]);
  });

  it('keeps a platform account unique per platform, and one account per platform per person', async () => {
    await expect(
      db.platformAccount.create({ data: { personId: 'P-002', channel: 'WECOM', accountId: 'ChenSiYuan' } }),
    ).rejects.toThrow();
    await expect(
      db.platformAccount.create({ data: { personId: 'P-001', channel: 'WECOM', accountId: 'AnotherId' } }),
    ).rejects.toThrow();
    // The same id on another platform belongs to whoever it is registered for there.
    await db.person.create({ data: { id: 'P-940', name: '新同事', role: 'REGION_OFFICIAL' } });
    await db.platformAccount.create({ data: { personId: 'P-940', channel: 'LOCAL', accountId: 'ChenSiYuan' } });
  });

  it('allows one active posting per enterprise', async () => {
    await expect(
      db.assignment.create({
        data: {
          id: 'A-900',
          enterpriseId: 'E-LZ-001',
          specialistId: 'P-007',
          startDate: day('2026-01-01'),
          endDate: day('2027-12-31'),
        },
      }),
    ).rejects.toThrow();
    // An ended posting does not block a new one.
    await db.assignment.create({
      data: {
        id: 'A-901',
        enterpriseId: 'E-LZ-001',
        specialistId: 'P-007',
        startDate: day('2022-01-01'),
        endDate: day('2023-12-31'),
        status: 'ENDED',
      },
    });
  });

  it('posts exactly one specialist or one team, over a period that ends after it starts', async () => {
    const base = { enterpriseId: 'E-LZ-002', startDate: day('2026-01-01'), endDate: day('2027-12-31') };
    await expect(db.assignment.create({ data: { ...base, id: 'A-910' } })).rejects.toThrow();
    await expect(
      db.assignment.create({ data: { ...base, id: 'A-911', specialistId: 'P-007', teamId: 'T-001' } }),
    ).rejects.toThrow();
    await expect(
      db.assignment.create({ data: { ...base, id: 'A-912', specialistId: 'P-007', endDate: day('2025-12-31') } }),
    ).rejects.toThrow();
  });

  it('posts only specialists as individuals', async () => {
    await expect(
      db.assignment.create({
        data: {
          id: 'A-920',
          enterpriseId: 'E-LZ-002',
          specialistId: 'P-101',
          startDate: day('2026-01-01'),
          endDate: day('2027-12-31'),
        },
      }),
    ).rejects.toThrow(/not a specialist/);
  });

  it('records service days in half-day steps, at most 31 for one visit', async () => {
    const visit = {
      assignmentId: 'A-004',
      reporterId: 'P-006',
      date: day('2026-11-20'),
      type: 'TECH_RESEARCH' as const,
    };
    await expect(db.visit.create({ data: { ...visit, days: 0.3 } })).rejects.toThrow();
    await expect(db.visit.create({ data: { ...visit, days: 0 } })).rejects.toThrow();
    await expect(db.visit.create({ data: { ...visit, days: 31.5 } })).rejects.toThrow();
    const saved = await db.visit.create({ data: { ...visit, days: 1.5 } });
    expect(saved.days.toNumber()).toBe(1.5);
  });

  it('requires the link each role is defined by', async () => {
    await expect(
      db.person.create({ data: { id: 'P-930', name: '无企业联系人', role: 'ENTERPRISE_CONTACT' } }),
    ).rejects.toThrow();
    await expect(
      db.person.create({ data: { id: 'P-931', name: '无单位特派员', role: 'SPECIALIST' } }),
    ).rejects.toThrow();
    await expect(db.person.create({ data: { id: ' ', name: '空编号', role: 'REGION_OFFICIAL' } })).rejects.toThrow();
  });

  it('keeps a team at 3 to 5 specialists led by one of them', async () => {
    const team = { id: 'T-900', name: '测试特派团', leaderId: 'P-001' };
    // Two members only: refused at commit.
    await expect(
      db.$transaction(async (tx) => {
        await tx.team.create({ data: team });
        await tx.teamMember.createMany({ data: ['P-001', 'P-002'].map((personId) => ({ teamId: 'T-900', personId })) });
      }),
    ).rejects.toThrow(/3 to 5 members/);
    // A leader outside the team: refused.
    await expect(
      db.$transaction(async (tx) => {
        await tx.team.create({ data: { ...team, leaderId: 'P-007' } });
        await tx.teamMember.createMany({
          data: ['P-001', 'P-002', 'P-006'].map((personId) => ({ teamId: 'T-900', personId })),
        });
      }),
    ).rejects.toThrow(/leader/);
    // An enterprise contact as a member: refused.
    await expect(
      db.$transaction(async (tx) => {
        await tx.team.create({ data: team });
        await tx.teamMember.createMany({
          data: ['P-001', 'P-002', 'P-101'].map((personId) => ({ teamId: 'T-900', personId })),
        });
      }),
    ).rejects.toThrow(/only have specialists/);
    expect(await db.team.findUnique({ where: { id: 'T-900' } })).toBeNull();
    // Three specialists with their leader among them: accepted; dropping one member is then refused.
    await db.$transaction(async (tx) => {
      await tx.team.create({ data: team });
      await tx.teamMember.createMany({
        data: ['P-001', 'P-002', 'P-006'].map((personId) => ({ teamId: 'T-900', personId })),
      });
    });
    await expect(
      db.teamMember.delete({ where: { teamId_personId: { teamId: 'T-900', personId: 'P-006' } } }),
    ).rejects.toThrow();
    expect(await db.teamMember.count({ where: { teamId: 'T-900' } })).toBe(3);
  });

  it('numbers feedback tickets FK-<year>-<seq> and never twice', async () => {
    const ticket = {
      enterpriseId: 'E-LZ-001',
      submitterId: 'P-101',
      cityId: 2,
      text: '加计扣除口径不清楚',
      year: 2026,
    };
    const city = await db.city.findUniqueOrThrow({ where: { name: '柳州市' } });
    await db.feedbackTicket.create({ data: { ...ticket, cityId: city.id, seq: 1, ticketNo: 'FK-2026-0001' } });
    await expect(
      db.feedbackTicket.create({ data: { ...ticket, cityId: city.id, seq: 1, ticketNo: 'FK-2026-0001' } }),
    ).rejects.toThrow();
    await expect(
      db.feedbackTicket.create({ data: { ...ticket, cityId: city.id, seq: 2, ticketNo: 'FK-2026-2' } }),
    ).rejects.toThrow();
  });

  it('refuses to delete a person who has reported visits', async () => {
    await expect(db.person.delete({ where: { id: 'P-001' } })).rejects.toThrow();
    expect(await db.person.findUnique({ where: { id: 'P-001' } })).not.toBeNull();
  });
});
