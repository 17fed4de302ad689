ALTER TABLE "collaborative_runs" DROP CONSTRAINT "collaborative_runs_cycle";--> statement-breakpoint
ALTER TABLE "collaborative_runs" DROP CONSTRAINT "collaborative_runs_org_id_cycle_id_assessment_cycles_org_id_id_fk";
--> statement-breakpoint
ALTER TABLE "collaborative_runs" ADD CONSTRAINT "collaborative_runs_cycle" UNIQUE("hub_id","org_id","cycle_id");