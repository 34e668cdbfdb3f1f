-- Rules of the programme that Prisma's schema language cannot express. Prisma's diff leaves CHECK constraints,
-- triggers and these partial indexes alone, so generated migrations that follow do not drop them.

-- Roster ids are the office's own ids (P-001, E-LZ-001, …): never blank.
ALTER TABLE "institutions" ADD CONSTRAINT "institutions_id_not_blank" CHECK (length(btrim("id")) > 0);
ALTER TABLE "enterprises" ADD CONSTRAINT "enterprises_id_not_blank" CHECK (length(btrim("id")) > 0);
ALTER TABLE "people" ADD CONSTRAINT "people_id_not_blank" CHECK (length(btrim("id")) > 0);
ALTER TABLE "teams" ADD CONSTRAINT "teams_id_not_blank" CHECK (length(btrim("id")) > 0);
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_id_not_blank" CHECK (length(btrim("id")) > 0);
ALTER TABLE "platform_accounts" ADD CONSTRAINT "platform_accounts_account_id_not_blank" CHECK (length(btrim("account_id")) > 0);

-- Each role carries the link it is defined by.
ALTER TABLE "people" ADD CONSTRAINT "people_role_links" CHECK (
  ("role" <> 'SPECIALIST' OR "institution_id" IS NOT NULL)
  AND ("role" <> 'ENTERPRISE_CONTACT' OR "enterprise_id" IS NOT NULL)
  AND ("role" <> 'CITY_OFFICIAL' OR "city_id" IS NOT NULL)
);

-- A posting is one specialist or one team, over a period that ends after it starts;
-- an enterprise has at most one active posting.
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_one_assignee" CHECK (num_nonnulls("specialist_id", "team_id") = 1);
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_period" CHECK ("end_date" > "start_date");
CREATE UNIQUE INDEX "assignments_one_active_per_enterprise" ON "assignments" ("enterprise_id") WHERE "status" = 'ACTIVE';

-- Service days come in half-day steps; one visit lasts at most 31 days.
ALTER TABLE "visits" ADD CONSTRAINT "visits_days_half_steps" CHECK ("days" > 0 AND "days" <= 31 AND "days" * 2 = trunc("days" * 2));

-- Ticket numbers read FK-<year>-<seq>, seq padded to at least four digits.
ALTER TABLE "feedback_tickets" ADD CONSTRAINT "feedback_tickets_number" CHECK (
  "seq" > 0 AND "ticket_no" = 'FK-' || "year" || '-' || lpad("seq"::text, greatest(4, length("seq"::text)), '0')
);

ALTER TABLE "inbound_messages" ADD CONSTRAINT "inbound_messages_attempts" CHECK ("attempts" >= 0);
ALTER TABLE "outbox_messages" ADD CONSTRAINT "outbox_messages_attempts" CHECK ("attempts" >= 0);

-- A team (特派团) is 3 to 5 specialists, one of whom leads it. Checked at commit, so a team and its members can be
-- written in one transaction in any order.
CREATE FUNCTION "assert_team_composition"(checked_team text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  team_leader text;
  member_count int;
  other_roles int;
BEGIN
  SELECT "leader_id" INTO team_leader FROM "teams" WHERE "id" = checked_team;
  IF NOT FOUND THEN
    RETURN; -- the team itself is gone
  END IF;
  SELECT count(*), count(*) FILTER (WHERE p."role" <> 'SPECIALIST')
    INTO member_count, other_roles
    FROM "team_members" m JOIN "people" p ON p."id" = m."person_id"
    WHERE m."team_id" = checked_team;
  IF member_count NOT BETWEEN 3 AND 5 THEN
    RAISE EXCEPTION 'team % must have 3 to 5 members, not %', checked_team, member_count USING ERRCODE = 'check_violation';
  END IF;
  IF other_roles > 0 THEN
    RAISE EXCEPTION 'team % may only have specialists as members', checked_team USING ERRCODE = 'check_violation';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "team_members" WHERE "team_id" = checked_team AND "person_id" = team_leader) THEN
    RAISE EXCEPTION 'the leader of team % must be one of its members', checked_team USING ERRCODE = 'check_violation';
  END IF;
END
$$;

CREATE FUNCTION "check_team_composition"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'teams' THEN
    PERFORM "assert_team_composition"(NEW."id");
  ELSE
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      PERFORM "assert_team_composition"(OLD."team_id");
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      PERFORM "assert_team_composition"(NEW."team_id");
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "teams_composition" AFTER INSERT OR UPDATE ON "teams"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "check_team_composition"();
CREATE CONSTRAINT TRIGGER "team_members_composition" AFTER INSERT OR UPDATE OR DELETE ON "team_members"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "check_team_composition"();

-- Only specialists are posted as individuals.
CREATE FUNCTION "check_assignment_specialist"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."specialist_id" IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM "people" WHERE "id" = NEW."specialist_id" AND "role" = 'SPECIALIST') THEN
    RAISE EXCEPTION 'person % is not a specialist and cannot be posted', NEW."specialist_id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "assignments_specialist_role" BEFORE INSERT OR UPDATE OF "specialist_id" ON "assignments"
  FOR EACH ROW EXECUTE FUNCTION "check_assignment_specialist"();
