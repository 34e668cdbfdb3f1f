-- AlterTable
ALTER TABLE "outbox_messages" ADD COLUMN     "held_reason" TEXT;
