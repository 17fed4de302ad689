-- The directory holds confirmed addresses, one row per organisation (docs/decisions/004-identity-and-email.md).
ALTER TABLE "account_directory" DROP CONSTRAINT "account_directory_pkey";--> statement-breakpoint
ALTER TABLE "account_directory" ADD CONSTRAINT "account_directory_email_org_id_pk" PRIMARY KEY("email","org_id");--> statement-breakpoint
-- An invitation not yet accepted is not a confirmed address: it joins the directory on acceptance.
DELETE FROM "account_directory" d USING "accounts" a WHERE a."org_id" = d."org_id" AND a."id" = d."account_id" AND a."password_hash" IS NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "pending_email" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "reset_notice_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "one_time_tokens" ADD COLUMN "email" text;--> statement-breakpoint
-- Links already sent were sent to the account's address of today.
UPDATE "one_time_tokens" t SET "email" = a."email" FROM "accounts" a WHERE a."org_id" = t."org_id" AND a."id" = t."account_id";
