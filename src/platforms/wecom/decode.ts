import { XMLParser } from 'fast-xml-parser';
import type { InboundMessage } from '../contract.js';

export class MalformedXmlError extends Error {}

// No entity expansion (XML bombs), values kept as strings (MsgId is a 64-bit integer).
const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: true,
  parseTagValue: false,
  ignoreDeclaration: true,
  trimValues: true,
});

/** Parses WeCom's flat `<xml>…</xml>` documents into a map of field → text. */
export function parseWecomXml(xml: string): Record<string, string> {
  // A user's own text (inside CDATA) may contain anything; only markup outside it may not declare entities.
  const markup = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  if (/<!DOCTYPE|<!ENTITY/i.test(markup)) throw new MalformedXmlError('DOCTYPE and entities are not accepted');
  let parsed: unknown;
  try {
    parsed = parser.parse(xml, true);
  } catch (error) {
    throw new MalformedXmlError(`not well-formed XML: ${(error as Error).message}`);
  }
  const root = (parsed as { xml?: unknown }).xml;
  if (!root || typeof root !== 'object') throw new MalformedXmlError('no <xml> root element');
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(root)) {
    if (typeof value === 'string') fields[name] = value;
  }
  return fields;
}

const KINDS: Record<string, InboundMessage['kind']> = {
  text: 'text',
  image: 'image',
  location: 'location',
  event: 'event',
};

/** A location message's coordinates (Location_X is the latitude, Location_Y the longitude), when they make sense. */
function locationOf(fields: Record<string, string>): InboundMessage['location'] | null {
  const latitude = Number(fields.Location_X);
  const longitude = Number(fields.Location_Y);
  if (!fields.Location_X || !fields.Location_Y || !Number.isFinite(latitude) || !Number.isFinite(longitude))
    return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { latitude, longitude, label: fields.Label?.trim().slice(0, 200) || null };
}

/**
 * Translates a decrypted WeCom app message (https://developer.work.weixin.qq.com/document/path/90239) into the
 * common message. Events have no MsgId: FromUserName + CreateTime identifies them, as WeCom recommends.
 */
export function decodeWecomMessage(fields: Record<string, string>, receivedAt: Date): InboundMessage {
  const from = fields.FromUserName;
  const createTime = fields.CreateTime;
  if (!from || !createTime || !fields.MsgType)
    throw new MalformedXmlError('FromUserName, CreateTime and MsgType are required');
  const location = fields.MsgType === 'location' ? locationOf(fields) : null;
  const kind = fields.MsgType === 'location' && !location ? 'other' : (KINDS[fields.MsgType] ?? 'other');
  const messageId = fields.MsgId || `${from}:${createTime}:${fields.Event ?? fields.MsgType}`;
  return {
    channel: 'WECOM',
    senderId: from,
    conversationId: from,
    conversationKind: 'direct',
    kind,
    text: kind === 'text' ? (fields.Content ?? '').trim() : '',
    messageId,
    sentAt: Number.isFinite(Number(createTime)) ? new Date(Number(createTime) * 1000) : receivedAt,
    replyTo: { channel: 'WECOM', userId: from },
    ...(kind === 'image' && fields.MediaId
      ? { media: { mediaId: fields.MediaId, ...(fields.PicUrl ? { url: fields.PicUrl } : {}) } }
      : {}),
    ...(location ? { location } : {}),
  };
}
