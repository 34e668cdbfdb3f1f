import { z } from 'zod';
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
