ALTER TABLE "assessment_actions" ADD COLUMN "done_on" date;--> statement-breakpoint
-- actions already done before the column existed: the day of their last change is the best known
UPDATE "assessment_actions" SET "done_on" = ("updated_at" AT TIME ZONE COALESCE((SELECT o."settings"->>'timeZone' FROM "organisations" o WHERE o."id" = "assessment_actions"."org_id"), 'UTC'))::date WHERE "status" = 'done';
