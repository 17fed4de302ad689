CREATE TABLE "hub_consents" (
	"hub_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"statement_version" integer,
	"person_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hub_consents_hub_id_id_pk" PRIMARY KEY("hub_id","id")
);
--> statement-breakpoint
CREATE TABLE "hub_memberships" (
	"hub_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"status" text NOT NULL,
	"invited_at" timestamp with time zone NOT NULL,
	"invited_by_person_id" uuid,
	"decided_at" timestamp with time zone,
	"decided_by_person_id" uuid,
	"statement_version" integer,
	"revoked_at" timestamp with time zone,
	"revoked_by_person_id" uuid,
	CONSTRAINT "hub_memberships_hub_id_org_id_pk" PRIMARY KEY("hub_id","org_id")
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "kind" text DEFAULT 'organisation' NOT NULL;--> statement-breakpoint
ALTER TABLE "hub_consents" ADD CONSTRAINT "hub_consents_hub_id_org_id_hub_memberships_hub_id_org_id_fk" FOREIGN KEY ("hub_id","org_id") REFERENCES "public"."hub_memberships"("hub_id","org_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_memberships" ADD CONSTRAINT "hub_memberships_hub_id_organisations_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_memberships" ADD CONSTRAINT "hub_memberships_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hub_consents_membership_idx" ON "hub_consents" USING btree ("hub_id","org_id","at");--> statement-breakpoint
CREATE INDEX "hub_memberships_org_idx" ON "hub_memberships" USING btree ("org_id");