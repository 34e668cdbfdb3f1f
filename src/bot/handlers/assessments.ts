import { yearOf } from '../../common/local-date.js';
import type { Assessment, AssessmentService, DecideRefusal } from '../../domain/assessment/assessment-service.js';
import { GRADE_LABELS, GRADES, type Grade } from '../../domain/assessment/score-sheet.js';
import { labelOf } from '../../domain/programme/types.js';
import { matchEnterprise } from '../../domain/visits/enterprise-match.js';
import type { Reply } from '../../platforms/contract.js';
import { heldBackIn } from '../intents.js';
import { say, type Turn } from '../turn.js';

/** The year being assessed: this year from December, else last year (results are decided over the turn of the year). */
const assessedYear = (turn: Turn) => {
  const year = yearOf(turn.today);
  return Number(turn.today.slice(5, 7)) === 12 ? year : year - 1;
};

const line = (a: Assessment, i: number) =>
  `${i + 1}. ${a.enterpriseName.replace(/有限(责任)?公司$/, '')} ${a.assignee}：${a.score}分 ${GRADE_LABELS[a.grade]}${a.confirmed ? (a.adjusted ? '（已调整确认）' : '（已确认）') : '（待确认）'}`;

const REFUSED: Record<DecideRefusal['code'], string> = {
  'no-such-posting': '没有找到这个派驻。',
  'not-allowed': '只能确认本市派驻的考核结果。',
  'year-not-over': '年度考核结果从12月1日起确认。',
  'reason-required': '调整考核结果需要说明原因，例如「考核 龙城齿轮 调整为 合格 原因：企业评价表线下已交」。',
};

/** Officials' view of the yearly assessment, and confirming or adjusting a result by message. */
export function assessmentHandlers(service: AssessmentService) {
  async function visible(turn: Turn): Promise<Assessment[]> {
    const year = assessedYear(turn);
    const city = turn.sender.role === 'CITY_OFFICIAL' ? (turn.sender.cityName ?? '') : undefined;
    const rows = await service.list(year, city);
    if (turn.sender.role !== 'SPECIALIST') return rows;
    // A specialist sees the results of their own postings.
    const own = new Set(turn.sender.postings.map((p) => p.assignmentId));
    return rows.filter((a) => own.has(a.assignmentId));
  }

  return {
    async list(turn: Turn): Promise<Reply[]> {
      const rows = await visible(turn);
      const year = assessedYear(turn);
      if (rows.length === 0) return say(`${year}年度没有需要考核的派驻。`);
      return say(
        [
          `${year}年度考核结果（服务情况60分、服务成效20分、企业评价20分）：`,
          ...rows.map(line),
          ...(turn.sender.role === 'SPECIALIST'
            ? ['结果由设区市服务站确认后通知您。']
            : ['确认请回复「确认考核 企业名」；调整请回复「考核 企业名 调整为 合格 原因」。']),
        ].join('\n'),
      );
    },

    async decide(
      turn: Turn,
      command: { ref: string; score: number | null; grade: string | null; reason: string },
    ): Promise<Reply[]> {
      if (turn.sender.role === 'SPECIALIST') return say('考核结果由设区市服务站确认。');
      // The reason is sent to the specialist: words for officials only hold the decision back.
      const held = heldBackIn(command.reason, false);
      if (held)
        return say(
          `未确认：调整原因会原样发给科技特派员，其中有「${held.words}」这样只供内部的话。请只写要告诉特派员的原因，再发一次（例如「考核 ${command.ref} 调整为 合格 原因：企业评价表线下已交」）。`,
        );
      const rows = await visible(turn);
      const byId = rows.find((a) => a.assignmentId.toLowerCase() === command.ref.toLowerCase());
      const named = byId
        ? null
        : matchEnterprise(
            command.ref,
            rows.map((a) => ({
              assignmentId: a.assignmentId,
              enterpriseId: a.enterpriseId,
              enterpriseName: a.enterpriseName,
              shortName: null,
            })),
          );
      const chosen =
        byId ?? (named?.kind === 'found' ? rows.find((a) => a.assignmentId === named.posting.assignmentId) : undefined);
      if (!chosen) return say(`没有找到「${command.ref}」的考核结果。发送「考核结果」查看可确认的派驻。`);
      const grade = command.grade
        ? (GRADES as readonly string[]).includes(command.grade)
          ? (command.grade as Grade)
          : labelOf(GRADE_LABELS, command.grade)
        : undefined;
      const result = await service.decide({
        assignmentId: chosen.assignmentId,
        year: chosen.year,
        official: turn.sender,
        ...(command.score !== null ? { score: command.score } : {}),
        ...(grade ? { grade } : {}),
        reason: command.reason || null,
      });
      if (result.kind === 'refused') return say(`未确认：${REFUSED[result.refusal.code]}`);
      const a = result.assessment;
      return say(
        `已${a.adjusted ? '调整并' : ''}确认${a.year}年度考核：${a.enterpriseName} ${a.assignee} ${a.score}分 ${GRADE_LABELS[a.grade]}${a.subsidyEligible ? '，可获次年工作补助' : ''}。已通知科技特派员。`,
      );
    },
  };
}

export type AssessmentHandlers = ReturnType<typeof assessmentHandlers>;
