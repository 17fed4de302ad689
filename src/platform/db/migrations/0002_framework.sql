CREATE TABLE "courses" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"provider" text NOT NULL,
	"levels" jsonb NOT NULL,
	"format" text NOT NULL,
	"hours" numeric(6, 2) NOT NULL,
	"cost" text,
	"language" text NOT NULL,
	"accessibility" text,
	"valid_for_months" integer,
	"approved" boolean DEFAULT false NOT NULL,
	"quality_review" jsonb,
	"reviewed_by_person_id" uuid,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "courses_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "needs_assessments" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"current_level" text,
	"required_level" text NOT NULL,
	"need" text,
	"pack_id" text NOT NULL,
	"pack_version" text NOT NULL,
	"assessed_by_person_id" uuid,
	"assessed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "needs_assessments_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "placement_reviews" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_by_person_id" uuid,
	"resolved_at" timestamp with time zone,
	"response" text,
	CONSTRAINT "placement_reviews_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"unit_id" uuid,
	"person_id" uuid,
	"level" text NOT NULL,
	"answers" jsonb NOT NULL,
	"reasons" jsonb NOT NULL,
	"note" text,
	"pack_id" text NOT NULL,
	"pack_version" text NOT NULL,
	"decided_by_person_id" uuid,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "placements_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "self_assessments" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"answers" jsonb NOT NULL,
	"manager_notes" text,
	"goals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"support_plan" text,
	"review_date" date,
	"pack_id" text NOT NULL,
	"pack_version" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"worker_confirmed_at" timestamp with time zone,
	"manager_confirmed_at" timestamp with time zone,
	"manager_person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "self_assessments_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_records" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"course_id" uuid,
	"title" text NOT NULL,
	"completed_on" date NOT NULL,
	"hours" numeric(6, 2) NOT NULL,
	"levels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"evidence_note" text,
	"expires_on" date,
	"recorded_by_person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_records_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "courses" ADD CONSTRAINT "courses_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_assessments" ADD CONSTRAINT "needs_assessments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_assessments" ADD CONSTRAINT "needs_assessments_org_id_unit_id_units_org_id_id_fk" FOREIGN KEY ("org_id","unit_id") REFERENCES "public"."units"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_reviews" ADD CONSTRAINT "placement_reviews_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_reviews" ADD CONSTRAINT "placement_reviews_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_org_id_unit_id_units_org_id_id_fk" FOREIGN KEY ("org_id","unit_id") REFERENCES "public"."units"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_records" ADD CONSTRAINT "training_records_org_id_course_id_courses_org_id_id_fk" FOREIGN KEY ("org_id","course_id") REFERENCES "public"."courses"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "needs_assessments_unit_idx" ON "needs_assessments" USING btree ("org_id","unit_id","assessed_at");--> statement-breakpoint
CREATE INDEX "placement_reviews_person_idx" ON "placement_reviews" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE INDEX "placements_unit_idx" ON "placements" USING btree ("org_id","unit_id","decided_at");--> statement-breakpoint
CREATE INDEX "placements_person_idx" ON "placements" USING btree ("org_id","person_id","decided_at");--> statement-breakpoint
CREATE UNIQUE INDEX "self_assessments_person_version_idx" ON "self_assessments" USING btree ("org_id","person_id","version");--> statement-breakpoint
CREATE INDEX "training_records_person_idx" ON "training_records" USING btree ("org_id","person_id","completed_on");