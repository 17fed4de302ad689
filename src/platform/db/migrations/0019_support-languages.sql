-- Support contacts written per language: each existing text becomes the organisation's default language's.
-- (A subquery is not allowed in ALTER COLUMN ... USING, so each row's language is copied in first.)
ALTER TABLE "support_contacts" ADD COLUMN "text_locale" text;--> statement-breakpoint
UPDATE "support_contacts" c SET "text_locale" = coalesce(o."settings"->>'defaultLocale', 'en') FROM "organisations" o WHERE o."id" = c."org_id";--> statement-breakpoint
ALTER TABLE "support_contacts" ALTER COLUMN "name" SET DATA TYPE jsonb USING jsonb_build_object(coalesce("text_locale", 'en'), "name");--> statement-breakpoint
ALTER TABLE "support_contacts" ALTER COLUMN "description" SET DATA TYPE jsonb USING CASE WHEN coalesce("description", '') = '' THEN '{}'::jsonb ELSE jsonb_build_object(coalesce("text_locale", 'en'), "description") END;--> statement-breakpoint
ALTER TABLE "support_contacts" ALTER COLUMN "description" SET DEFAULT '{}'::jsonb;--> statement-breakpoint
ALTER TABLE "support_contacts" ALTER COLUMN "description" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "support_contacts" ALTER COLUMN "hours" SET DATA TYPE jsonb USING CASE WHEN coalesce("hours", '') = '' THEN '{}'::jsonb ELSE jsonb_build_object(coalesce("text_locale", 'en'), "hours") END;--> statement-breakpoint
ALTER TABLE "support_contacts" ALTER COLUMN "hours" SET DEFAULT '{}'::jsonb;--> statement-breakpoint
ALTER TABLE "support_contacts" ALTER COLUMN "hours" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "support_contacts" DROP COLUMN "text_locale";
