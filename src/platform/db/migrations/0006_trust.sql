CREATE TABLE "assessment_survey_eligible" (
	"org_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid,
	CONSTRAINT "assessment_survey_eligible_org_id_cycle_id_person_id_pk" PRIMARY KEY("org_id","cycle_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_survey_snapshots" (
	"org_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"units" jsonb NOT NULL,
	"min_group_size" integer NOT NULL,
	"min_free_text_group_size" integer NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_survey_snapshots_org_id_cycle_id_pk" PRIMARY KEY("org_id","cycle_id")
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"owner_account_id" uuid,
	"owner_person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"result" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"message" text,
	"problems" jsonb,
	"file" "bytea",
	"file_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "jobs_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "attempt_counters" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"window_ends_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "known_devices" (
	"org_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"device_hash" text NOT NULL,
	"last_sign_in_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "known_devices_org_id_account_id_device_hash_pk" PRIMARY KEY("org_id","account_id","device_hash")
);
--> statement-breakpoint
-- The directory holds confirmed addresses, one row per organisation (docs/decisions/004-identity-and-email.md).
ALTER TABLE "account_directory" DROP CONSTRAINT "account_directory_pkey";--> statement-breakpoint
ALTER TABLE "account_directory" ADD CONSTRAINT "account_directory_email_org_id_pk" PRIMARY KEY("email","org_id");--> statement-breakpoint
-- An invitation not yet accepted is not a confirmed address: it joins the directory on acceptance.
DELETE FROM "account_directory" d USING "accounts" a WHERE a."org_id" = d."org_id" AND a."id" = d."account_id" AND a."password_hash" IS NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "pending_email" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "reset_notice_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "one_time_tokens" ADD COLUMN "email" text;--> statement-breakpoint
-- Links already sent were sent to the account's address of today.
UPDATE "one_time_tokens" t SET "email" = a."email" FROM "accounts" a WHERE a."org_id" = t."org_id" AND a."id" = t."account_id";--> statement-breakpoint
ALTER TABLE "privacy_releases" ADD COLUMN "shown" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_survey_eligible" ADD CONSTRAINT "assessment_survey_eligible_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_survey_eligible" ADD CONSTRAINT "assessment_survey_eligible_org_id_cycle_id_assessment_cycles_org_id_id_fk" FOREIGN KEY ("org_id","cycle_id") REFERENCES "public"."assessment_cycles"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_survey_snapshots" ADD CONSTRAINT "assessment_survey_snapshots_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_survey_snapshots" ADD CONSTRAINT "assessment_survey_snapshots_org_id_cycle_id_assessment_cycles_org_id_id_fk" FOREIGN KEY ("org_id","cycle_id") REFERENCES "public"."assessment_cycles"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jobs" ADD CONSTRAINT "jobs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "known_devices" ADD CONSTRAINT "known_devices_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "known_devices" ADD CONSTRAINT "known_devices_org_id_account_id_accounts_org_id_id_fk" FOREIGN KEY ("org_id","account_id") REFERENCES "public"."accounts"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "jobs_owner_idx" ON "jobs" USING btree ("org_id","owner_person_id","kind");--> statement-breakpoint
CREATE INDEX "jobs_expires_idx" ON "jobs" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "attempt_counters_window_ends_idx" ON "attempt_counters" USING btree ("window_ends_at");--> statement-breakpoint
CREATE INDEX "known_devices_last_sign_in_idx" ON "known_devices" USING btree ("last_sign_in_at");