CREATE TABLE "absence_spells" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid,
	"first_day" date NOT NULL,
	"last_day" date NOT NULL,
	"working_days_lost" numeric(6, 1) NOT NULL,
	"reason" text NOT NULL,
	"source" text NOT NULL,
	"recorded_by_person_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "absence_spells_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "absence_spells_days_check" CHECK ("absence_spells"."last_day" >= "absence_spells"."first_day" AND "absence_spells"."working_days_lost" >= 0)
);
--> statement-breakpoint
CREATE TABLE "workforce_moves" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"unit_id" uuid,
	"worker_kind" text NOT NULL,
	"leave_reason" text,
	"source" text NOT NULL,
	"recorded_by_person_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workforce_moves_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "workforce_moves_reason_check" CHECK (("workforce_moves"."kind" = 'leave') = ("workforce_moves"."leave_reason" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "absence_spells" ADD CONSTRAINT "absence_spells_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "absence_spells" ADD CONSTRAINT "absence_spells_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workforce_moves" ADD CONSTRAINT "workforce_moves_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workforce_moves" ADD CONSTRAINT "workforce_moves_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "absence_spells_period_idx" ON "absence_spells" USING btree ("org_id","first_day");--> statement-breakpoint
CREATE INDEX "absence_spells_person_idx" ON "absence_spells" USING btree ("org_id","person_id","first_day");--> statement-breakpoint
CREATE INDEX "workforce_moves_period_idx" ON "workforce_moves" USING btree ("org_id","on");--> statement-breakpoint
CREATE INDEX "workforce_moves_person_idx" ON "workforce_moves" USING btree ("org_id","person_id","on");