import axios, { type AxiosInstance } from 'axios';
import type { AnswerSynthesizer, SourceClause } from '../domain/policies/answer-synthesizer.js';

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
  '如果资料不能回答这个问题，只回答「资料中没有相关规定」。',
].join('\n');

/** Any OpenAI-compatible chat-completions endpoint (POST {base}/chat/completions). */
export class OpenAiCompatibleSynthesizer implements AnswerSynthesizer {
  private readonly http: AxiosInstance;

  constructor(private readonly config: LlmConfig) {
    this.http = axios.create({
      baseURL: config.baseUrl,
      timeout: config.timeoutMs,
      headers: config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {},
    });
  }

  async synthesize(question: string, sources: SourceClause[], signal: AbortSignal): Promise<string> {
    const material = sources.map((source, i) => `[${i + 1}] 出处：${source.citation}\n${source.text}`).join('\n\n');
    const { data } = await this.http.post<{ choices?: { message?: { content?: string } }[] }>(
      '/chat/completions',
      {
        model: this.config.model,
        temperature: 0,
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: `问题：${question}\n\n资料：\n${material}` },
        ],
      },
      { signal },
    );
    const content = data.choices?.[0]?.message?.content?.trim();
    if (!content) throw new Error('the model returned no answer');
    return content;
  }
}
