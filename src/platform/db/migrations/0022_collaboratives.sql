CREATE TABLE "collaborative_contributions" (
	"hub_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"timepoint_id" uuid NOT NULL,
	"measure" text NOT NULL,
	"cell" text NOT NULL,
	"slot" text NOT NULL,
	"n" integer NOT NULL,
	"sum" bigint NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collaborative_contributions_hub_id_org_id_timepoint_id_measure_cell_pk" PRIMARY KEY("hub_id","org_id","timepoint_id","measure","cell")
);
--> statement-breakpoint
CREATE TABLE "collaborative_members" (
	"hub_id" uuid NOT NULL,
	"collaborative_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collaborative_members_hub_id_collaborative_id_org_id_pk" PRIMARY KEY("hub_id","collaborative_id","org_id"),
	CONSTRAINT "collaborative_members_one_per_hub" UNIQUE("hub_id","org_id")
);
--> statement-breakpoint
CREATE TABLE "collaborative_phases" (
	"hub_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"collaborative_id" uuid NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "collaborative_phases_hub_id_id_pk" PRIMARY KEY("hub_id","id")
);
--> statement-breakpoint
CREATE TABLE "collaborative_runs" (
	"hub_id" uuid NOT NULL,
	"timepoint_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collaborative_runs_hub_id_timepoint_id_org_id_pk" PRIMARY KEY("hub_id","timepoint_id","org_id"),
	CONSTRAINT "collaborative_runs_cycle" UNIQUE("org_id","cycle_id")
);
--> statement-breakpoint
CREATE TABLE "collaborative_timepoints" (
	"hub_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"collaborative_id" uuid NOT NULL,
	"slot" text NOT NULL,
	"label" text NOT NULL,
	"due_on" date NOT NULL,
	"pack_id" text,
	"kinds" text[] DEFAULT '{}' NOT NULL,
	CONSTRAINT "collaborative_timepoints_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "collaborative_timepoints_slot" UNIQUE("hub_id","collaborative_id","slot")
);
--> statement-breakpoint
CREATE TABLE "collaboratives" (
	"hub_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collaboratives_hub_id_id_pk" PRIMARY KEY("hub_id","id")
);
--> statement-breakpoint
CREATE TABLE "hub_figure_releases" (
	"hub_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"timepoint" text NOT NULL,
	"measure" text NOT NULL,
	"cell" text NOT NULL,
	"org_ids" uuid[] NOT NULL,
	"released_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hub_figure_releases_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "hub_figure_releases_set" UNIQUE("hub_id","timepoint","measure","cell","org_ids")
);
--> statement-breakpoint
ALTER TABLE "collaborative_contributions" ADD CONSTRAINT "collaborative_contributions_hub_id_timepoint_id_collaborative_timepoints_hub_id_id_fk" FOREIGN KEY ("hub_id","timepoint_id") REFERENCES "public"."collaborative_timepoints"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaborative_members" ADD CONSTRAINT "collaborative_members_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaborative_members" ADD CONSTRAINT "collaborative_members_hub_id_collaborative_id_collaboratives_hub_id_id_fk" FOREIGN KEY ("hub_id","collaborative_id") REFERENCES "public"."collaboratives"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaborative_phases" ADD CONSTRAINT "collaborative_phases_hub_id_collaborative_id_collaboratives_hub_id_id_fk" FOREIGN KEY ("hub_id","collaborative_id") REFERENCES "public"."collaboratives"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaborative_runs" ADD CONSTRAINT "collaborative_runs_hub_id_timepoint_id_collaborative_timepoints_hub_id_id_fk" FOREIGN KEY ("hub_id","timepoint_id") REFERENCES "public"."collaborative_timepoints"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaborative_runs" ADD CONSTRAINT "collaborative_runs_org_id_cycle_id_assessment_cycles_org_id_id_fk" FOREIGN KEY ("org_id","cycle_id") REFERENCES "public"."assessment_cycles"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaborative_timepoints" ADD CONSTRAINT "collaborative_timepoints_hub_id_collaborative_id_collaboratives_hub_id_id_fk" FOREIGN KEY ("hub_id","collaborative_id") REFERENCES "public"."collaboratives"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaboratives" ADD CONSTRAINT "collaboratives_hub_id_organisations_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;