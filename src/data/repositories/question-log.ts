import type {
  AskedQuestion,
  LoggedQuestion,
  QuestionHistory,
  QuestionLog,
} from '../../domain/policies/policy-qa-service.js';
import type { Db } from '../database.js';

export class PrismaQuestionLog implements QuestionLog, QuestionHistory {
  constructor(private readonly db: Db) {}

  async record({ personId, channel, question, answer }: AskedQuestion): Promise<void> {
    await this.db.policyQuestion.create({
      data: { personId, channel, question, answered: answer.answered, citation: answer.citation, score: answer.score },
    });
  }

  list({ unanswered, limit }: { unanswered: boolean; limit: number }): Promise<LoggedQuestion[]> {
    return this.db.policyQuestion.findMany({
      where: unanswered ? { answered: false } : {},
      select: {
        id: true,
        personId: true,
        channel: true,
        question: true,
        answered: true,
        citation: true,
        createdAt: true,
      },
      orderBy: { createdAt: 'desc' },
      take: limit,
    });
  }
}
