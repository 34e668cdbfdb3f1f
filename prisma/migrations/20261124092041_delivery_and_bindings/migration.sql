-- AlterTable
ALTER TABLE "inbound_messages" ADD COLUMN     "locked_until" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "outbox_messages" ADD COLUMN     "locked_until" TIMESTAMP(3),
ADD COLUMN     "target" JSONB;

-- CreateTable
CREATE TABLE "binding_codes" (
    "code" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "used_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "binding_codes_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE INDEX "binding_codes_person_id_idx" ON "binding_codes"("person_id");

-- AddForeignKey
ALTER TABLE "binding_codes" ADD CONSTRAINT "binding_codes_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;
