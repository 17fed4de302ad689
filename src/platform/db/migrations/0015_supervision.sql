CREATE TABLE "supervision_assignments" (
	"org_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"supervisor_id" uuid NOT NULL,
	"assigned_by_person_id" uuid,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervision_assignments_org_id_worker_id_pk" PRIMARY KEY("org_id","worker_id"),
	CONSTRAINT "supervision_assignments_not_self" CHECK ("supervision_assignments"."worker_id" <> "supervision_assignments"."supervisor_id")
);
--> statement-breakpoint
CREATE TABLE "supervision_private_notes" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"writer_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervision_private_notes_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "supervision_rhythms" (
	"org_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"supervisor_id" uuid NOT NULL,
	"agreed_weeks" integer,
	"agreed_at" timestamp with time zone,
	"proposed_weeks" integer,
	"proposed_by_person_id" uuid,
	CONSTRAINT "supervision_rhythms_org_id_worker_id_supervisor_id_pk" PRIMARY KEY("org_id","worker_id","supervisor_id")
);
--> statement-breakpoint
CREATE TABLE "supervision_sessions" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"supervisor_id" uuid NOT NULL,
	"planned_for" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"held_on" date,
	"how_worker_is" text,
	"what_was_hard" text,
	"what_helped" text,
	"support_agreed" text,
	"referral_agreed" boolean DEFAULT false NOT NULL,
	"next_date" date,
	"change_request" text,
	"recorded_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervision_sessions_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "supervision_sessions_held_when_recorded" CHECK (("supervision_sessions"."status" = 'planned') = ("supervision_sessions"."held_on" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "supervision_assignments" ADD CONSTRAINT "supervision_assignments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_assignments" ADD CONSTRAINT "supervision_assignments_org_id_worker_id_people_org_id_id_fk" FOREIGN KEY ("org_id","worker_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_assignments" ADD CONSTRAINT "supervision_assignments_org_id_supervisor_id_people_org_id_id_fk" FOREIGN KEY ("org_id","supervisor_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_private_notes" ADD CONSTRAINT "supervision_private_notes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_private_notes" ADD CONSTRAINT "supervision_private_notes_org_id_session_id_supervision_sessions_org_id_id_fk" FOREIGN KEY ("org_id","session_id") REFERENCES "public"."supervision_sessions"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_private_notes" ADD CONSTRAINT "supervision_private_notes_org_id_writer_id_people_org_id_id_fk" FOREIGN KEY ("org_id","writer_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_rhythms" ADD CONSTRAINT "supervision_rhythms_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_rhythms" ADD CONSTRAINT "supervision_rhythms_org_id_worker_id_people_org_id_id_fk" FOREIGN KEY ("org_id","worker_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_rhythms" ADD CONSTRAINT "supervision_rhythms_org_id_supervisor_id_people_org_id_id_fk" FOREIGN KEY ("org_id","supervisor_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD CONSTRAINT "supervision_sessions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD CONSTRAINT "supervision_sessions_org_id_worker_id_people_org_id_id_fk" FOREIGN KEY ("org_id","worker_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_sessions" ADD CONSTRAINT "supervision_sessions_org_id_supervisor_id_people_org_id_id_fk" FOREIGN KEY ("org_id","supervisor_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_assignments_supervisor_idx" ON "supervision_assignments" USING btree ("org_id","supervisor_id");--> statement-breakpoint
CREATE INDEX "supervision_private_notes_writer_idx" ON "supervision_private_notes" USING btree ("org_id","writer_id","session_id");--> statement-breakpoint
CREATE INDEX "supervision_sessions_worker_idx" ON "supervision_sessions" USING btree ("org_id","worker_id","planned_for");--> statement-breakpoint
CREATE INDEX "supervision_sessions_supervisor_idx" ON "supervision_sessions" USING btree ("org_id","supervisor_id");--> statement-breakpoint
CREATE INDEX "supervision_sessions_held_idx" ON "supervision_sessions" USING btree ("org_id","held_on");