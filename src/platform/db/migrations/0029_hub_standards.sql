CREATE TABLE "hub_recognitions" (
	"hub_id" uuid NOT NULL,
	"standard_id" uuid NOT NULL,
	"pack_version" text NOT NULL,
	"org_id" uuid NOT NULL,
	"met_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recognised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recognised_by_person_id" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by_person_id" uuid,
	CONSTRAINT "hub_recognitions_hub_id_standard_id_pack_version_org_id_pk" PRIMARY KEY("hub_id","standard_id","pack_version","org_id")
);
--> statement-breakpoint
CREATE TABLE "hub_standard_versions" (
	"hub_id" uuid NOT NULL,
	"standard_id" uuid NOT NULL,
	"pack_version" text NOT NULL,
	"note" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by_person_id" uuid,
	CONSTRAINT "hub_standard_versions_hub_id_standard_id_pack_version_pk" PRIMARY KEY("hub_id","standard_id","pack_version")
);
--> statement-breakpoint
CREATE TABLE "hub_standards" (
	"hub_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"pack_id" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hub_standards_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "hub_standards_one_per_pack" UNIQUE("hub_id","pack_id")
);
--> statement-breakpoint
ALTER TABLE "hub_recognitions" ADD CONSTRAINT "hub_recognitions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_recognitions" ADD CONSTRAINT "hub_recognitions_hub_id_standard_id_pack_version_hub_standard_versions_hub_id_standard_id_pack_version_fk" FOREIGN KEY ("hub_id","standard_id","pack_version") REFERENCES "public"."hub_standard_versions"("hub_id","standard_id","pack_version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_standard_versions" ADD CONSTRAINT "hub_standard_versions_hub_id_standard_id_hub_standards_hub_id_id_fk" FOREIGN KEY ("hub_id","standard_id") REFERENCES "public"."hub_standards"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_standards" ADD CONSTRAINT "hub_standards_hub_id_organisations_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;