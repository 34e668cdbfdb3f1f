import type { Channel, Person } from '../programme/types.js';
import type { RecordedVisit, VisitLedger } from './visit-ledger.js';

/** How long after a report a photo is taken as its evidence. */
export const EVIDENCE_WINDOW_MS = 10 * 60_000;

export interface IncomingImage {
  channel: Channel;
  messageId: string;
  mediaId: string;
  url: string | null;
  sentAt: Date;
}

export interface IncomingLocation {
  channel: Channel;
  messageId: string;
  latitude: number;
  longitude: number;
  label: string | null;
  sentAt: Date;
}

/** Photos sent right after a report are kept, by the platform's reference, as evidence of that visit. */
export class VisitEvidenceService {
  constructor(private readonly ledger: VisitLedger) {}

  /** The visit the image was attached to, or null when the sender reported none in the last 10 minutes. */
  async attach(sender: Person, image: IncomingImage): Promise<RecordedVisit | null> {
    const visit = await this.reportedJustBefore(sender, image.sentAt);
    if (!visit) return null;
    await this.ledger.attachEvidence({
      visitId: visit.id,
      kind: 'PHOTO',
      channel: image.channel,
      messageId: image.messageId,
      mediaId: image.mediaId,
      url: image.url,
      receivedAt: image.sentAt,
    });
    return visit;
  }

  /** A location shared within 10 minutes of a report is kept with that visit, like a photo. */
  async attachLocation(sender: Person, location: IncomingLocation): Promise<RecordedVisit | null> {
    const visit = await this.reportedJustBefore(sender, location.sentAt);
    if (!visit) return null;
    await this.ledger.attachEvidence({
      visitId: visit.id,
      kind: 'LOCATION',
      channel: location.channel,
      messageId: location.messageId,
      latitude: location.latitude,
      longitude: location.longitude,
      label: location.label,
      receivedAt: location.sentAt,
    });
    return visit;
  }

  private async reportedJustBefore(sender: Person, sentAt: Date): Promise<RecordedVisit | null> {
    if (sender.role !== 'SPECIALIST') return null;
    const visit = await this.ledger.lastReportedBy(sender.id, new Date(sentAt.getTime() - EVIDENCE_WINDOW_MS));
    if (!visit || visit.createdAt.getTime() > sentAt.getTime() + EVIDENCE_WINDOW_MS) return null;
    return visit;
  }
}
