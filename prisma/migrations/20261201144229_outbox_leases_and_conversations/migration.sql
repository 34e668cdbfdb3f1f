-- AlterTable
ALTER TABLE "outbox_messages" ADD COLUMN     "lease_token" UUID,
ADD COLUMN     "send_started_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "conversations" (
    "person_id" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "conversations_pkey" PRIMARY KEY ("person_id")
);

-- CreateIndex
CREATE INDEX "inbound_messages_channel_sender_account_id_received_at_idx" ON "inbound_messages"("channel", "sender_account_id", "received_at");

-- CreateIndex
CREATE INDEX "outbox_messages_channel_recipient_id_status_idx" ON "outbox_messages"("channel", "recipient_id", "status");

-- AddForeignKey
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;
