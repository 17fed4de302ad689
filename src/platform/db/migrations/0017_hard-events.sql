CREATE TABLE "hard_event_check_ins" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"instrument_version" text NOT NULL,
	"answers" jsonb NOT NULL,
	"note" text,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hard_event_check_ins_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "hard_event_offers" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid,
	"stage" text NOT NULL,
	"due_on" date NOT NULL,
	"postponed_to" date,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hard_event_offers_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "hard_event_offers_closed_check" CHECK (("hard_event_offers"."status" = 'open') = ("hard_event_offers"."closed_at" is null))
);
--> statement-breakpoint
CREATE TABLE "hard_event_referrals" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hard_event_referrals_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "hard_events" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"category" text NOT NULL,
	"occurred_on" date NOT NULL,
	"unit_id" uuid,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hard_events_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "hard_event_check_ins" ADD CONSTRAINT "hard_event_check_ins_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hard_event_check_ins" ADD CONSTRAINT "hard_event_check_ins_org_id_offer_id_hard_event_offers_org_id_id_fk" FOREIGN KEY ("org_id","offer_id") REFERENCES "public"."hard_event_offers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hard_event_check_ins" ADD CONSTRAINT "hard_event_check_ins_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hard_event_offers" ADD CONSTRAINT "hard_event_offers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hard_event_offers" ADD CONSTRAINT "hard_event_offers_org_id_event_id_hard_events_org_id_id_fk" FOREIGN KEY ("org_id","event_id") REFERENCES "public"."hard_events"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hard_event_offers" ADD CONSTRAINT "hard_event_offers_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hard_event_referrals" ADD CONSTRAINT "hard_event_referrals_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hard_event_referrals" ADD CONSTRAINT "hard_event_referrals_org_id_event_id_hard_events_org_id_id_fk" FOREIGN KEY ("org_id","event_id") REFERENCES "public"."hard_events"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hard_event_referrals" ADD CONSTRAINT "hard_event_referrals_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hard_events" ADD CONSTRAINT "hard_events_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hard_events" ADD CONSTRAINT "hard_events_org_id_unit_id_units_org_id_id_fk" FOREIGN KEY ("org_id","unit_id") REFERENCES "public"."units"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hard_event_check_ins_offer_idx" ON "hard_event_check_ins" USING btree ("org_id","offer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hard_event_offers_once_idx" ON "hard_event_offers" USING btree ("org_id","event_id","person_id","stage");--> statement-breakpoint
CREATE INDEX "hard_event_offers_person_idx" ON "hard_event_offers" USING btree ("org_id","person_id","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "hard_event_referrals_once_idx" ON "hard_event_referrals" USING btree ("org_id","event_id","person_id");--> statement-breakpoint
CREATE INDEX "hard_events_recorder_idx" ON "hard_events" USING btree ("org_id","recorded_by");--> statement-breakpoint
CREATE INDEX "hard_events_day_idx" ON "hard_events" USING btree ("org_id","occurred_on");