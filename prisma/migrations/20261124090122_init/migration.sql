-- CreateEnum
CREATE TYPE "EnterpriseCategory" AS ENUM ('TECH_SME', 'HIGH_TECH', 'ABOVE_SCALE_INDUSTRIAL');

-- CreateEnum
CREATE TYPE "PersonRole" AS ENUM ('SPECIALIST', 'ENTERPRISE_CONTACT', 'CITY_OFFICIAL', 'REGION_OFFICIAL', 'ADMIN');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('WECOM', 'DINGTALK', 'LOCAL');

-- CreateEnum
CREATE TYPE "OutboundChannel" AS ENUM ('WECOM', 'DINGTALK', 'LOCAL', 'WECOM_GROUP_ROBOT', 'DINGTALK_GROUP_ROBOT');

-- CreateEnum
CREATE TYPE "AssignmentStatus" AS ENUM ('ACTIVE', 'ENDED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "VisitType" AS ENUM ('POLICY_PROMOTION', 'STRATEGY_PLANNING', 'TECH_RESEARCH', 'RESOURCE_MATCHING', 'DEMONSTRATION');

-- CreateEnum
CREATE TYPE "VisitStatus" AS ENUM ('REPORTED', 'CONFIRMED', 'DISPUTED');

-- CreateEnum
CREATE TYPE "FeedbackCategory" AS ENUM ('RD_EXPENSE_DEDUCTION', 'HIGH_TECH_RECOGNITION', 'SCIENCE_PROGRAMME', 'TALENT', 'FUNDING', 'INTELLECTUAL_PROPERTY', 'OTHER');

-- CreateEnum
CREATE TYPE "FeedbackStatus" AS ENUM ('SUBMITTED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED');

-- CreateEnum
CREATE TYPE "InboundStatus" AS ENUM ('RECEIVED', 'PROCESSED', 'FAILED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "MessageFormat" AS ENUM ('TEXT', 'MARKDOWN');

-- CreateTable
CREATE TABLE "cities" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "cities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "institutions" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "institutions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "enterprises" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "city_id" INTEGER NOT NULL,
    "category" "EnterpriseCategory" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "enterprises_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "people" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "PersonRole" NOT NULL,
    "institution_id" TEXT,
    "enterprise_id" TEXT,
    "city_id" INTEGER,
    "title" TEXT,
    "degree" TEXT,
    "field" TEXT,
    "position" TEXT,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "platform_accounts" (
    "id" SERIAL NOT NULL,
    "person_id" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "account_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "platform_accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "teams" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "institution_id" TEXT,
    "leader_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "teams_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team_members" (
    "team_id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,

    CONSTRAINT "team_members_pkey" PRIMARY KEY ("team_id","person_id")
);

-- CreateTable
CREATE TABLE "assignments" (
    "id" TEXT NOT NULL,
    "enterprise_id" TEXT NOT NULL,
    "specialist_id" TEXT,
    "team_id" TEXT,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "status" "AssignmentStatus" NOT NULL DEFAULT 'ACTIVE',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "visits" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "assignment_id" TEXT NOT NULL,
    "reporter_id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "days" DECIMAL(4,1) NOT NULL,
    "type" "VisitType" NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "status" "VisitStatus" NOT NULL DEFAULT 'REPORTED',
    "status_note" TEXT,
    "channel" "Channel",
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "visits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feedback_tickets" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "ticket_no" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "enterprise_id" TEXT NOT NULL,
    "submitter_id" TEXT NOT NULL,
    "city_id" INTEGER NOT NULL,
    "category" "FeedbackCategory" NOT NULL DEFAULT 'OTHER',
    "text" TEXT NOT NULL,
    "status" "FeedbackStatus" NOT NULL DEFAULT 'SUBMITTED',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "answered_at" TIMESTAMP(3),
    "closed_at" TIMESTAMP(3),

    CONSTRAINT "feedback_tickets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feedback_replies" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "ticket_id" UUID NOT NULL,
    "author_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "feedback_replies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "policy_documents" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "source_name" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "built_in" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "policy_documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inbound_messages" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "channel" "Channel" NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "sender_account_id" TEXT NOT NULL,
    "conversation_id" TEXT,
    "conversation_type" TEXT,
    "text" TEXT,
    "payload" JSONB,
    "status" "InboundStatus" NOT NULL DEFAULT 'RECEIVED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMP(3),

    CONSTRAINT "inbound_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_messages" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "channel" "OutboundChannel" NOT NULL,
    "recipient_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "format" "MessageFormat" NOT NULL DEFAULT 'TEXT',
    "text" TEXT NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "outbox_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "cities_name_key" ON "cities"("name");

-- CreateIndex
CREATE UNIQUE INDEX "institutions_name_key" ON "institutions"("name");

-- CreateIndex
CREATE UNIQUE INDEX "enterprises_name_key" ON "enterprises"("name");

-- CreateIndex
CREATE INDEX "enterprises_city_id_idx" ON "enterprises"("city_id");

-- CreateIndex
CREATE INDEX "people_role_idx" ON "people"("role");

-- CreateIndex
CREATE INDEX "people_enterprise_id_idx" ON "people"("enterprise_id");

-- CreateIndex
CREATE INDEX "people_city_id_idx" ON "people"("city_id");

-- CreateIndex
CREATE UNIQUE INDEX "platform_accounts_channel_account_id_key" ON "platform_accounts"("channel", "account_id");

-- CreateIndex
CREATE UNIQUE INDEX "platform_accounts_person_id_channel_key" ON "platform_accounts"("person_id", "channel");

-- CreateIndex
CREATE INDEX "team_members_person_id_idx" ON "team_members"("person_id");

-- CreateIndex
CREATE INDEX "assignments_enterprise_id_idx" ON "assignments"("enterprise_id");

-- CreateIndex
CREATE INDEX "assignments_specialist_id_idx" ON "assignments"("specialist_id");

-- CreateIndex
CREATE INDEX "assignments_team_id_idx" ON "assignments"("team_id");

-- CreateIndex
CREATE INDEX "visits_assignment_id_date_idx" ON "visits"("assignment_id", "date");

-- CreateIndex
CREATE INDEX "visits_date_idx" ON "visits"("date");

-- CreateIndex
CREATE INDEX "visits_reporter_id_created_at_idx" ON "visits"("reporter_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "feedback_tickets_ticket_no_key" ON "feedback_tickets"("ticket_no");

-- CreateIndex
CREATE INDEX "feedback_tickets_status_city_id_idx" ON "feedback_tickets"("status", "city_id");

-- CreateIndex
CREATE INDEX "feedback_tickets_enterprise_id_idx" ON "feedback_tickets"("enterprise_id");

-- CreateIndex
CREATE UNIQUE INDEX "feedback_tickets_year_seq_key" ON "feedback_tickets"("year", "seq");

-- CreateIndex
CREATE INDEX "feedback_replies_ticket_id_created_at_idx" ON "feedback_replies"("ticket_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "policy_documents_slug_key" ON "policy_documents"("slug");

-- CreateIndex
CREATE INDEX "inbound_messages_status_received_at_idx" ON "inbound_messages"("status", "received_at");

-- CreateIndex
CREATE UNIQUE INDEX "inbound_messages_channel_dedupe_key_key" ON "inbound_messages"("channel", "dedupe_key");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_messages_dedupe_key_key" ON "outbox_messages"("dedupe_key");

-- CreateIndex
CREATE INDEX "outbox_messages_status_next_attempt_at_idx" ON "outbox_messages"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "outbox_messages_recipient_id_created_at_idx" ON "outbox_messages"("recipient_id", "created_at");

-- AddForeignKey
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "people_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "people_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "people" ADD CONSTRAINT "people_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "platform_accounts" ADD CONSTRAINT "platform_accounts_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "teams" ADD CONSTRAINT "teams_institution_id_fkey" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "teams" ADD CONSTRAINT "teams_leader_id_fkey" FOREIGN KEY ("leader_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team_members" ADD CONSTRAINT "team_members_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_specialist_id_fkey" FOREIGN KEY ("specialist_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visits" ADD CONSTRAINT "visits_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visits" ADD CONSTRAINT "visits_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_tickets" ADD CONSTRAINT "feedback_tickets_enterprise_id_fkey" FOREIGN KEY ("enterprise_id") REFERENCES "enterprises"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_tickets" ADD CONSTRAINT "feedback_tickets_submitter_id_fkey" FOREIGN KEY ("submitter_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_tickets" ADD CONSTRAINT "feedback_tickets_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_replies" ADD CONSTRAINT "feedback_replies_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "feedback_tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_replies" ADD CONSTRAINT "feedback_replies_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
