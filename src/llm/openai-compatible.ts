import type { AxiosInstance } from 'axios';
import type { AnswerSynthesizer, QuestionRewriter, SourceClause } from '../domain/policies/answer-synthesizer.js';
import { outboundHttp } from '../platforms/outbound-http.js';

export interface LlmConfig {
  baseUrl: string;
  apiKey: string | undefined;
  model: string;
  timeoutMs: number;
}

const SYSTEM_PROMPT = [
  '你是广西企业科技特派员政策咨询助手。只能依据用户消息中「资料」列出的条款回答，不得使用资料以外的知识，不得编造。',
  '用简体中文简洁作答，数字、金额、期限照原文引用。',
  '答案末尾另起一行写「依据：」并写出所依据条款的出处，出处必须与资料中的写法完全一致（含书名号）。',
  '如果问题是问自己的情况能不能、算不算、是否符合，先用「可以」「不可以」或「不一定」开头，再说依据资料的理由。',
  '如果资料不能回答这个问题，只回答「资料中没有相关规定」。',
].join('\n');

const REWRITE_PROMPT = [
  '你帮广西企业科技特派员政策咨询助手检索文件。把用户的问题改写成一句简短的检索问句，尽量使用「目录」中文件的用词（例如补贴写成补助，下企业写成到派驻企业），保留问题问的是什么（多少、几次、哪些、能不能、谁、什么时候）。',
  '只改写，不回答，不添加问题里没有的条件。只输出改写后的一句话。',
  '如果问题问的是其他省份或其他项目，或者目录里的文件都不涉及这个问题，只输出「无关」。',
].join('\n');
/** The longest rewrite used: one question, not an answer smuggled in. */
const MAX_REWRITE_CHARS = 60;

/** Any OpenAI-compatible chat-completions endpoint (POST {base}/chat/completions). */
export class OpenAiCompatibleModel implements AnswerSynthesizer, QuestionRewriter {
  private readonly http: AxiosInstance;

  constructor(private readonly config: LlmConfig) {
    this.http = outboundHttp({
      baseURL: config.baseUrl,
      timeout: config.timeoutMs,
      headers: config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {},
    });
  }

  private async complete(system: string, user: string, signal: AbortSignal): Promise<string> {
    const { data } = await this.http.post<{ choices?: { message?: { content?: string } }[] }>(
      '/chat/completions',
      {
        model: this.config.model,
        temperature: 0,
        messages: [
          { role: 'system', content: system },
          { role: 'user', content: user },
        ],
      },
      { signal },
    );
    const content = data.choices?.[0]?.message?.content?.trim();
    if (!content) throw new Error('the model returned no answer');
    return content;
  }

  async rewrite(question: string, outline: string[], signal: AbortSignal): Promise<string | null> {
    const content = await this.complete(REWRITE_PROMPT, `目录：\n${outline.join('\n')}\n\n问题：${question}`, signal);
    const line =
      content
        .split('\n')[0]
        ?.replace(/^(改写|检索问句)[:：]\s*/, '')
        .trim() ?? '';
    if (!line || /无关/.test(line) || line.length > MAX_REWRITE_CHARS) return null;
    return line;
  }

  async synthesize(question: string, sources: SourceClause[], signal: AbortSignal): Promise<string> {
    const material = sources.map((source, i) => `[${i + 1}] 出处：${source.citation}\n${source.text}`).join('\n\n');
    return this.complete(SYSTEM_PROMPT, `问题：${question}\n\n资料：\n${material}`, signal);
  }
}
