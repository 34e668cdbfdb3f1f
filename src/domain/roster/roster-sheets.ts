import { z } from 'zod';
import { isLocalDate } from '../../common/local-date.js';
import {
  ENTERPRISE_CATEGORY_LABELS,
  type EnterpriseCategory,
  guangxiCity,
  type PersonRole,
} from '../programme/types.js';

export const ROSTER_KINDS = ['institutions', 'enterprises', 'people', 'teams', 'assignments'] as const;
export type RosterKind = (typeof ROSTER_KINDS)[number];

const ROLE_LABELS: Record<PersonRole, string> = {
  SPECIALIST: '科技特派员',
  ENTERPRISE_CONTACT: '企业联系人',
  CITY_OFFICIAL: '设区市服务站',
  REGION_OFFICIAL: '自治区工作办',
  ADMIN: '管理员',
};
const STATUS_LABELS = { ACTIVE: '进行中', ENDED: '已结束', CANCELLED: '已取消' } as const;

const reverse = <K extends string>(labels: Record<K, string>) =>
  Object.fromEntries(Object.entries(labels).map(([key, label]) => [label, key])) as Record<string, K>;
const ROLES = reverse(ROLE_LABELS);
const CATEGORIES = reverse(ENTERPRISE_CATEGORY_LABELS);
const STATUSES = reverse(STATUS_LABELS);

const id = (label: string) => z.string().trim().min(1, `${label}不能为空`).max(40, `${label}过长`);
const text = z.string().trim().max(200);
const optional = z
  .string()
  .trim()
  .max(200)
  .transform((v) => (v === '' ? null : v));
const date = (label: string) =>
  z
    .string()
    .trim()
    .transform((v) => v.replace(/[/.年月]/g, '-').replace(/日$/, ''))
    .transform((v) => v.replace(/-(\d)(?=-|$)/g, '-0$1'))
    .refine(isLocalDate, `${label}应为日期，如 2026-03-01`);
/** 设区市: one of Guangxi's 14, written with or without 市 (「柳州」 is 柳州市; 「火星市」 is refused). */
const toCity = (value: string, ctx: z.RefinementCtx): string => {
  const city = guangxiCity(value);
  if (city) return city;
  ctx.addIssue({ code: 'custom', message: `设区市「${value}」不是广西的14个设区市之一` });
  return z.NEVER;
};
const cityCell = z.string().trim().min(1, '设区市不能为空').transform(toCity);
const optionalCityCell = z
  .string()
  .trim()
  .transform((value, ctx) => (value === '' ? null : toCity(value, ctx)));
const oneOf = <K extends string>(label: string, map: Record<string, K>) =>
  z
    .string()
    .trim()
    .refine((v) => v in map, `${label}应为：${Object.keys(map).join('、')}`)
    .transform((v) => map[v] as K);

/** Each kind's columns: the header an office writes, the field, and how a cell is read. */
export const SHEETS = {
  institutions: {
    columns: { 单位编号: 'id', 单位名称: 'name' },
    required: ['单位编号', '单位名称'],
    row: z.object({ id: id('单位编号'), name: id('单位名称') }),
  },
  enterprises: {
    columns: { 企业编号: 'id', 企业名称: 'name', 简称: 'shortName', 设区市: 'city', 企业类别: 'category' },
    required: ['企业编号', '企业名称', '设区市', '企业类别'],
    row: z.object({
      id: id('企业编号'),
      name: id('企业名称'),
      shortName: optional,
      city: cityCell,
      category: oneOf<EnterpriseCategory>('企业类别', CATEGORIES),
    }),
  },
  people: {
    columns: {
      人员编号: 'id',
      姓名: 'name',
      角色: 'role',
      派出单位编号: 'institutionId',
      企业编号: 'enterpriseId',
      设区市: 'city',
      职称: 'title',
      手机: 'phone',
      企业微信账号: 'wecom',
      钉钉账号: 'dingtalk',
    },
    required: ['人员编号', '姓名', '角色'],
    row: z.object({
      id: id('人员编号'),
      name: id('姓名'),
      role: oneOf<PersonRole>('角色', ROLES),
      institutionId: optional,
      enterpriseId: optional,
      city: optionalCityCell,
      title: optional,
      phone: optional.refine((v) => v === null || /^[\d+\- ]{5,20}$/.test(v), '手机号码格式不对'),
      wecom: optional,
      dingtalk: optional,
    }),
  },
  teams: {
    columns: {
      团队编号: 'id',
      团队名称: 'name',
      派出单位编号: 'institutionId',
      团长编号: 'leaderId',
      成员编号: 'members',
    },
    required: ['团队编号', '团队名称', '团长编号', '成员编号'],
    row: z.object({
      id: id('团队编号'),
      name: id('团队名称'),
      institutionId: optional,
      leaderId: id('团长编号'),
      members: text
        .transform((v) => v.split(/[,，、;；\s]+/).filter(Boolean))
        .refine((m) => m.length >= 3 && m.length <= 5, '成员应为3至5人，编号用顿号或逗号分隔')
        .refine((m) => new Set(m).size === m.length, '成员编号有重复'),
    }),
  },
  assignments: {
    columns: {
      派驻编号: 'id',
      企业编号: 'enterpriseId',
      特派员编号: 'specialistId',
      团队编号: 'teamId',
      开始日期: 'startDate',
      结束日期: 'endDate',
      状态: 'status',
      协议签订日期: 'agreementSignedOn',
    },
    required: ['派驻编号', '企业编号', '开始日期', '结束日期'],
    row: z.object({
      id: id('派驻编号'),
      enterpriseId: id('企业编号'),
      specialistId: optional,
      teamId: optional,
      startDate: date('开始日期'),
      endDate: date('结束日期'),
      status: z
        .string()
        .trim()
        .transform((v) => v || STATUS_LABELS.ACTIVE)
        .pipe(oneOf('状态', STATUSES)),
      /** The 合作协议书's signing day; blank when none is signed (like every optional cell, blank clears it). */
      agreementSignedOn: z.union([z.literal('').transform(() => null), date('协议签订日期')]).default(null),
    }),
  },
} as const;

export type RosterRow<K extends RosterKind> = z.infer<(typeof SHEETS)[K]['row']>;

/** Labels for export, the reverse of what import reads. */
export const EXPORT_LABELS = { roles: ROLE_LABELS, categories: ENTERPRISE_CATEGORY_LABELS, statuses: STATUS_LABELS };
