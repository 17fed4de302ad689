CREATE TABLE "wellbeing_check_ins" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"instrument_version" text NOT NULL,
	"answers" jsonb NOT NULL,
	"unit_id" uuid,
	"submitted_on" date NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wellbeing_check_ins_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "wellbeing_grants" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"grantee_person_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"check_in_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "wellbeing_grants_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "licensed_instrument_texts" (
	"org_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"instrument_version" text NOT NULL,
	"questionnaire" jsonb NOT NULL,
	"imported_by_person_id" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "licensed_instrument_texts_org_id_instrument_id_instrument_version_pk" PRIMARY KEY("org_id","instrument_id","instrument_version")
);
--> statement-breakpoint
CREATE TABLE "wellbeing_reflections" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wellbeing_reflections_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "support_contacts" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"phone" text,
	"url" text,
	"hours" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_contacts_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "wellbeing_spaces" (
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"profile" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"coping_plan" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"rhythm" text DEFAULT 'off' NOT NULL,
	"rhythm_instrument_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wellbeing_spaces_org_id_person_id_pk" PRIMARY KEY("org_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "wellbeing_check_ins" ADD CONSTRAINT "wellbeing_check_ins_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_check_ins" ADD CONSTRAINT "wellbeing_check_ins_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_grants" ADD CONSTRAINT "wellbeing_grants_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_grants" ADD CONSTRAINT "wellbeing_grants_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_grants" ADD CONSTRAINT "wellbeing_grants_org_id_grantee_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","grantee_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_grants" ADD CONSTRAINT "wellbeing_grants_org_id_check_in_id_wellbeing_check_ins_org_id_id_fk" FOREIGN KEY ("org_id","check_in_id") REFERENCES "public"."wellbeing_check_ins"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licensed_instrument_texts" ADD CONSTRAINT "licensed_instrument_texts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_reflections" ADD CONSTRAINT "wellbeing_reflections_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_reflections" ADD CONSTRAINT "wellbeing_reflections_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_contacts" ADD CONSTRAINT "support_contacts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_spaces" ADD CONSTRAINT "wellbeing_spaces_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_spaces" ADD CONSTRAINT "wellbeing_spaces_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wellbeing_check_ins_person_idx" ON "wellbeing_check_ins" USING btree ("org_id","person_id","submitted_at");--> statement-breakpoint
CREATE INDEX "wellbeing_check_ins_unit_period_idx" ON "wellbeing_check_ins" USING btree ("org_id","unit_id","submitted_on");--> statement-breakpoint
CREATE INDEX "wellbeing_grants_grantee_idx" ON "wellbeing_grants" USING btree ("org_id","grantee_person_id");--> statement-breakpoint
CREATE INDEX "wellbeing_grants_owner_idx" ON "wellbeing_grants" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE INDEX "wellbeing_reflections_person_idx" ON "wellbeing_reflections" USING btree ("org_id","person_id","created_at");