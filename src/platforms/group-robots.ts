import { createHmac } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../common/clock.js';
import { type ChannelSender, type Delivery, mayHaveArrived, SendError } from './contract.js';
import { outboundHttp } from './outbound-http.js';

/**
 * Group robots that post digests into officials' group chats: a WeCom group robot (消息推送 webhook) or a DingTalk
 * custom robot (自定义机器人, with its 加签 secret). `scope` is a city name, or "region" for the regional office.
 */
export const groupRobotSchema = z.object({
  id: z.string().min(1),
  scope: z.string().min(1),
  platform: z.enum(['wecom', 'dingtalk']),
  webhook: z.string().url(),
  secret: z.string().min(1).optional(),
});
export type GroupRobot = z.infer<typeof groupRobotSchema>;

const ERR_RETRYABLE = new Set([-1, 45009, 130101, 410100]);

export class GroupRobotSender implements ChannelSender {
  private readonly robots: Map<string, GroupRobot>;
  private readonly http = outboundHttp();

  constructor(
    robots: GroupRobot[],
    private readonly clock: Clock,
  ) {
    this.robots = new Map(robots.map((robot) => [robot.id, robot]));
  }

  async send(delivery: Delivery): Promise<void> {
    const target = delivery.target;
    if (target.channel !== 'WECOM_GROUP_ROBOT' && target.channel !== 'DINGTALK_GROUP_ROBOT') {
      throw new SendError('not a group robot target', false);
    }
    const robot = this.robots.get(target.robotId);
    if (!robot) throw new SendError(`no group robot ${target.robotId} is configured`, false);
    const { url, body } =
      robot.platform === 'wecom' ? wecomRequest(robot, delivery) : this.dingtalkRequest(robot, delivery);
    let data: { errcode?: number; errmsg?: string };
    try {
      ({ data } = await this.http.post(url, body));
    } catch (error) {
      throw new SendError(`group robot ${robot.id} failed: ${(error as Error).message}`, true, mayHaveArrived(error));
    }
    if (data.errcode) {
      throw new SendError(
        `group robot ${robot.id} errcode ${data.errcode}: ${data.errmsg ?? ''}`,
        ERR_RETRYABLE.has(data.errcode),
      );
    }
  }

  /** https://open.dingtalk.com/document/robots/custom-robot-access: 加签 = Base64(HmacSHA256(secret, ts + "\n" + secret)). */
  private dingtalkRequest(robot: GroupRobot, delivery: Delivery) {
    const url = new URL(robot.webhook);
    if (robot.secret) {
      const timestamp = String(this.clock.now().getTime());
      const sign = createHmac('sha256', robot.secret).update(`${timestamp}\n${robot.secret}`).digest('base64');
      url.searchParams.set('timestamp', timestamp);
      url.searchParams.set('sign', sign);
    }
    const body =
      delivery.format === 'MARKDOWN'
        ? { msgtype: 'markdown', markdown: { title: title(delivery.text), text: delivery.text } }
        : { msgtype: 'text', text: { content: delivery.text } };
    return { url: url.toString(), body };
  }
}

/** https://developer.work.weixin.qq.com/document/path/99110 */
function wecomRequest(robot: GroupRobot, delivery: Delivery) {
  const body =
    delivery.format === 'MARKDOWN'
      ? { msgtype: 'markdown', markdown: { content: delivery.text } }
      : { msgtype: 'text', text: { content: delivery.text } };
  return { url: robot.webhook, body };
}

function title(text: string): string {
  return (text.split('\n')[0] ?? '').replace(/^[#>*\s]+/, '').slice(0, 30) || '科技特派员助手';
}
