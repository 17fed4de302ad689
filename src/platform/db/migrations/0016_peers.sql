CREATE TABLE "peer_buddy_openness" (
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"open" boolean NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_buddy_openness_org_id_person_id_pk" PRIMARY KEY("org_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "peer_buddy_pairings" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"requester_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"status" text NOT NULL,
	"message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"agreed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "peer_buddy_pairings_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "peer_communities" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"purpose" text NOT NULL,
	"started_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_communities_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "peer_community_members" (
	"org_id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"is_starter" boolean DEFAULT false NOT NULL,
	"invited_by" uuid,
	"joined_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_community_members_org_id_community_id_person_id_pk" PRIMARY KEY("org_id","community_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "peer_community_posts" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"reply_to" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"hidden_at" timestamp with time zone,
	"hidden_by" uuid,
	CONSTRAINT "peer_community_posts_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "peer_meeting_notes" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"met_on" date NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_meeting_notes_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "peer_supporters" (
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"listed" boolean NOT NULL,
	"contact_note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_supporters_org_id_person_id_pk" PRIMARY KEY("org_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "peer_post_reports" (
	"org_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"reporter_id" uuid NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_post_reports_org_id_post_id_reporter_id_pk" PRIMARY KEY("org_id","post_id","reporter_id")
);
--> statement-breakpoint
CREATE TABLE "peer_supervision_self_ratings" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"pack_id" text NOT NULL,
	"pack_version" text NOT NULL,
	"answers" jsonb NOT NULL,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_supervision_self_ratings_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "peer_buddy_openness" ADD CONSTRAINT "peer_buddy_openness_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_buddy_openness" ADD CONSTRAINT "peer_buddy_openness_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_buddy_pairings" ADD CONSTRAINT "peer_buddy_pairings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_buddy_pairings" ADD CONSTRAINT "peer_buddy_pairings_org_id_requester_id_people_org_id_id_fk" FOREIGN KEY ("org_id","requester_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_buddy_pairings" ADD CONSTRAINT "peer_buddy_pairings_org_id_partner_id_people_org_id_id_fk" FOREIGN KEY ("org_id","partner_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_communities" ADD CONSTRAINT "peer_communities_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_community_members" ADD CONSTRAINT "peer_community_members_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_community_members" ADD CONSTRAINT "peer_community_members_org_id_community_id_peer_communities_org_id_id_fk" FOREIGN KEY ("org_id","community_id") REFERENCES "public"."peer_communities"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_community_members" ADD CONSTRAINT "peer_community_members_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_community_posts" ADD CONSTRAINT "peer_community_posts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_community_posts" ADD CONSTRAINT "peer_community_posts_org_id_community_id_peer_communities_org_id_id_fk" FOREIGN KEY ("org_id","community_id") REFERENCES "public"."peer_communities"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_community_posts" ADD CONSTRAINT "peer_community_posts_org_id_author_id_people_org_id_id_fk" FOREIGN KEY ("org_id","author_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_meeting_notes" ADD CONSTRAINT "peer_meeting_notes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_meeting_notes" ADD CONSTRAINT "peer_meeting_notes_org_id_community_id_peer_communities_org_id_id_fk" FOREIGN KEY ("org_id","community_id") REFERENCES "public"."peer_communities"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_meeting_notes" ADD CONSTRAINT "peer_meeting_notes_org_id_author_id_people_org_id_id_fk" FOREIGN KEY ("org_id","author_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_supporters" ADD CONSTRAINT "peer_supporters_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_supporters" ADD CONSTRAINT "peer_supporters_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_post_reports" ADD CONSTRAINT "peer_post_reports_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_post_reports" ADD CONSTRAINT "peer_post_reports_org_id_post_id_peer_community_posts_org_id_id_fk" FOREIGN KEY ("org_id","post_id") REFERENCES "public"."peer_community_posts"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_post_reports" ADD CONSTRAINT "peer_post_reports_org_id_reporter_id_people_org_id_id_fk" FOREIGN KEY ("org_id","reporter_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_supervision_self_ratings" ADD CONSTRAINT "peer_supervision_self_ratings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_supervision_self_ratings" ADD CONSTRAINT "peer_supervision_self_ratings_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "peer_buddy_pairings_requester_idx" ON "peer_buddy_pairings" USING btree ("org_id","requester_id");--> statement-breakpoint
CREATE INDEX "peer_buddy_pairings_partner_idx" ON "peer_buddy_pairings" USING btree ("org_id","partner_id");--> statement-breakpoint
CREATE INDEX "peer_communities_name_idx" ON "peer_communities" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "peer_community_members_person_idx" ON "peer_community_members" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE INDEX "peer_community_posts_board_idx" ON "peer_community_posts" USING btree ("org_id","community_id","created_at");--> statement-breakpoint
CREATE INDEX "peer_meeting_notes_idx" ON "peer_meeting_notes" USING btree ("org_id","community_id","met_on");--> statement-breakpoint
CREATE INDEX "peer_self_ratings_person_idx" ON "peer_supervision_self_ratings" USING btree ("org_id","person_id","rated_at");