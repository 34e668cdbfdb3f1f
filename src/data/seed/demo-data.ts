import { z } from 'zod';
import {
  IP_KINDS,
  IP_STAGES,
  OUTCOME_KINDS,
  OUTCOME_STATUSES,
  PROJECT_LEVELS,
  PROJECT_STAGES,
  TRANSFER_FORMS,
} from '../../domain/outcomes/types.js';
import { VISIT_TYPES } from '../../domain/programme/types.js';

const id = z.string().trim().min(1);
const accounts = z.object({ local: id.optional(), wecom: id.optional(), dingtalk: id.optional() });

/** The shape of demo/demo-data.json: a roster with dates given relative to the day it is loaded. */
export const demoDataSchema = z.object({
  cities: z.array(z.string().min(1)),
  institutions: z.array(z.object({ id, name: z.string().min(1) })),
  enterprises: z.array(
    z.object({
      id,
      name: z.string().min(1),
      shortName: z.string().optional(),
      city: z.string().min(1),
      category: z.enum(['科技型中小企业', '高新技术企业', '规上工业企业']),
    }),
  ),
  people: z.array(
    z.object({
      id,
      name: z.string().min(1),
      role: z.enum(['specialist', 'enterprise', 'city_official', 'region_official', 'admin']),
      institution: id.optional(),
      enterprise: id.optional(),
      city: z.string().optional(),
      title: z.string().optional(),
      degree: z.string().optional(),
      field: z.string().optional(),
      position: z.string().optional(),
      accounts,
    }),
  ),
  teams: z.array(
    z.object({ id, name: z.string().min(1), institution: id.optional(), leader: id, members: z.array(id).min(1) }),
  ),
  assignments: z.array(
    z
      .object({
        id,
        enterprise: id,
        specialist: id.optional(),
        team: id.optional(),
        startOffsetDays: z.number().int(),
        endOffsetDays: z.number().int(),
      })
      .refine((a) => (a.specialist === undefined) !== (a.team === undefined), 'one of specialist or team'),
  ),
  visits: z.array(
    z.object({
      assignment: id,
      reporter: id,
      daysAgo: z.number().int().min(0),
      days: z.number().positive(),
      type: z.enum(VISIT_TYPES),
      summary: z.string(),
    }),
  ),
});

export type DemoData = z.infer<typeof demoDataSchema>;

/** Outcomes and signed agreements that go with the demo roster (demo/demo-outcomes.json). */
export const demoOutcomesSchema = z.object({
  about: z.string(),
  agreements: z.array(z.object({ assignment: id, signedDaysAgo: z.number().int().min(0) })),
  outcomes: z.array(
    z.object({
      assignment: id,
      reporter: id,
      kind: z.enum(OUTCOME_KINDS),
      title: z.string().min(1),
      daysAgo: z.number().int().min(0),
      level: z.enum(PROJECT_LEVELS).optional(),
      stage: z.enum([...PROJECT_STAGES, ...IP_STAGES]).optional(),
      form: z.enum(TRANSFER_FORMS).optional(),
      amount: z.number().min(0).optional(),
      ipKind: z.enum(IP_KINDS).optional(),
      quantity: z.number().int().positive().optional(),
      status: z.enum(OUTCOME_STATUSES),
      statusNote: z.string().optional(),
      confirmedBy: id.optional(),
    }),
  ),
});

export type DemoOutcomes = z.infer<typeof demoOutcomesSchema>;
