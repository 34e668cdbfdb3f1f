-- CreateTable
CREATE TABLE "calendar_events" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "audience" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "calendar_events_date_idx" ON "calendar_events"("date");

-- Hand-written: the audiences the calendar job knows.
ALTER TABLE "calendar_events" ADD CONSTRAINT "calendar_events_audience"
  CHECK ("audience" IN ('SPECIALISTS', 'ENTERPRISES', 'CITY_OFFICIALS', 'REGION_OFFICIALS', 'ALL'));
