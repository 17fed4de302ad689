import { z } from 'zod';

/** What happened. Data holds ids and field names only — never the content that was read. */
export const ZAuditType = z.enum([
  'person.read', // someone other than the person opened their record
  'person.created', // an admin added a person
  'person.updated', // an admin changed a person (data.fields lists which)
  'person.ended', // an admin set an end date / removed a person from active lists
  'unit.created', // an admin added a service or team
  'unit.updated', // an admin renamed or moved a unit
  'unit.deleted', // an admin removed an empty unit
  'people.imported', // an admin confirmed a CSV import (data.created, data.updated)
  'people.exported', // an admin exported people as CSV (data.count: people in the file)
  'people.listed', // someone was shown a list of several people's professional records: one event per request (data.list, data.people: how many, data.filters: which filters, never their text)
  'account.invited', // an admin sent an invitation to sign in
  'account.roles-changed', // an admin changed someone's app roles
  'account.disabled', // an admin disabled an account (all its sessions end)
  'account.enabled', // an admin enabled an account again
  'account.password-reset', // a password was set through a one-time link (data.via: link for a reset, invitation) or by the operator
  'account.password-changed', // the person changed their own password while signed in (their other sessions ended)
  'account.password-reset-requested', // someone asked on the sign-in page for a reset link to the person's address (data.via: reset-request)
  'account.email-change-requested', // an admin or the operator asked to change the person's sign-in email; nothing changes until the new address confirms with the person's password
  'account.email-change-cancelled', // a pending email change was withdrawn (by the admin, or a wrong password at the link: data.via)
  'account.email-changed', // the person confirmed a new sign-in email through the link (data.via: link); every session and link ended
  'org.settings-changed', // an admin changed an organisation setting
  'course.created', // an admin added a course to the training catalogue
  'course.updated', // an admin changed a course (data.fields lists which)
  'course.reviewed', // an admin answered a course's quality questions (data.approved says the outcome)
  'training.recorded', // a training record was added for a person (by them, their manager or an admin)
  'training.deleted', // a training record was removed from a person's record
  'training.imported', // an admin confirmed a CSV import of training records (data.created)
  'training.exported', // an admin exported the organisation's training records as CSV (data.count: records, data.people: whose)
  'hr-event.recorded', // an admin recorded a start, leave or absence of a person (subject; data.eventId, data.kind, data.personFields: the person's dates it changed)
  'hr-event.deleted', // an admin removed one of a person's HR events (subject; data.eventId, data.kind)
  'hr-events.imported', // an admin confirmed a CSV import of HR events (subjects: whose events it wrote; data.fileKind, data.created, data.skipped, data.peopleUpdated)
  'self-assessment.answered', // the worker saved their self-assessment answers (data.version)
  'self-assessment.submitted', // the worker handed their self-assessment to their manager for review (data.version)
  'plan.updated', // the worker, their manager or an admin changed the development and support plan (data.version)
  'plan.version-started', // an edit after a confirmation started a new version; the confirmed one stays as it was (data.version)
  'plan.confirmed', // the worker or the manager side confirmed a version (data.version, data.side)
  'plan.agreed', // both sides have confirmed a version: it is the agreed plan (data.version)
  'org.exported', // the operator exported the organisation as JSON
  'placement.decided', // a unit or a person was placed at a practice level (data.unitId or subject; data.level)
  'placement.review-requested', // a worker asked for their placement to be looked at again
  'placement.review-answered', // their line manager or an admin answered and closed the request
  'needs.assessed', // a manager recorded a training needs assessment of a unit (data.unitId)
  'wellbeing.shared-read', // someone read part of a person's well-being space through a grant the person made (subject: the owner; data.record: the scope)
  'wellbeing.erased', // the person erased their whole well-being space for good (no content is kept)
  'wellbeing.responses-imported', // past QuestionnaireResponses were brought into the person's own space (subject: the owner; data.count, data.skipped; by the operator: data.via 'operator' and data.consent, how and when the person agreed). Never the answers or the instrument
  'wellbeing.check-ins-expired', // check-ins older than the organisation's retention period were deleted (data.count)
  'support-contact.created', // an admin added a support contact (data.contactId)
  'support-contact.updated', // an admin changed a support contact (data.contactId, data.fields)
  'support-contact.deleted', // an admin removed a support contact (data.contactId)
  'instrument.texts-imported', // an admin imported a licensed instrument's item texts for the organisation (data.instrumentId, data.version)
  'instrument.imported', // an admin imported a FHIR Questionnaire as a draft instrument of the organisation's own (data.orgInstrumentId, data.instrumentId, data.version)
  'instrument.safety-marked', // an admin marked a draft's safety items (data.orgInstrumentId, data.items)
  'instrument.published', // an admin offered the organisation's own instrument to its workers (data.orgInstrumentId, data.instrumentId, data.version)
  'instrument.withdrawn', // an admin stopped offering it; past check-ins keep their scores (data.orgInstrumentId)
  'instrument.draft-deleted', // an admin deleted a draft nobody had answered (data.orgInstrumentId)
  'assessment.cycle-opened', // an admin opened an assessment cycle (data.cycleId, data.packId, data.mode)
  'assessment.cycle-closed', // an admin or the review's lead closed an assessment cycle (data.cycleId)
  'assessment.rated', // a contributor rated a criterion of a team review (data.cycleId, data.criterionId, data.rating)
  'assessment.confirmed', // the review's lead confirmed a criterion's final rating (data.cycleId, data.criterionId, data.rating)
  'assessment.evidence-added', // a contributor added evidence to a criterion (data.cycleId, data.criterionId, data.evidenceId, data.kind)
  'assessment.commented', // a contributor commented on a criterion (data.cycleId, data.criterionId)
  'assessment.note-updated', // a contributor wrote a section's journey note (data.cycleId, data.sectionId)
  'assessment.action-created', // an action was created for an amber or red criterion (data.cycleId, data.criterionId, data.actionId), or from a workforce figure (data.actionId, data.indicator, data.unitId, data.quarter)
  'assessment.action-changed', // an action's status, owner or due date changed (data.actionId, data.fields)
  'assessment.action-noted', // a progress note was added to an action (data.actionId)
  'assessment.survey-results-viewed', // an admin or the survey's lead read a staff survey's released results (data.cycleId, data.format); answering a survey is never audited
  'voice.concern-answered', // a concern's handler set its status and public answer (data.concernId, data.status); never who raised it, and raising one is never audited
  'voice.announcement-published', // an org admin published an announcement (data.announcementId, data.kind)
  'supervision.assigned', // an org admin or the line manager chose who supervises the person (subject; data.supervisorId, data.source: assigned | line-manager)
  'supervision.session-changed', // a step of a supervision session (subject: the worker; data.sessionId, data.step: planned | recorded | confirmed | change-asked | cancelled); never what the notes say
  'supervision.rhythm-changed', // a member of the pair proposed or agreed a supervision rhythm (subject: the worker; data.step, data.weeks)
  'hard-event.recorded', // someone recorded that a team or named people met a hard event: category and day only (subjects: the people offered; data.eventId, data.category, data.people)
  'hard-event.referral-requested', // the person asked to be referred for support after a hard event (subject: them; data.eventId); nothing of their answers
  // a regional hub's membership: each step is in both trails, the hub's and the organisation's (data.hubId, data.orgId)
  'hub.invited', // a hub admin invited an organisation to the hub (or the operator, for the demo: data.via)
  'hub.consented', // an org admin signed the hub's consent statement for the organisation (data.statementVersion)
  'hub.declined', // an org admin declined the hub's invitation
  'hub.invitation-withdrawn', // a hub admin withdrew an invitation the organisation had not answered (in both trails)
  'hub.revoked', // an org admin revoked the organisation's consent: no new figures go to the hub
  'hub.created', // the operator created a hub (in the hub's trail; data.via: operator)
  'hub.settings-changed', // a hub admin changed the hub's thresholds (data.fields)
  'collaborative.created', // a hub admin created a learning collaborative (data.collaborativeId)
  'collaborative.changed', // a hub admin changed a collaborative: its name or purpose, a member, a phase or a timepoint added, changed or removed (data.collaborativeId, data.step, data.fields)
  'collaborative.reminded', // a hub admin reminded the member organisations that had shared no figures for a timepoint (data.timepointId, data.organisations: how many; data.notReached when some could not be)
  'open-data.published', // a hub admin published a collaborative's released figures as open data (data.collaborativeId, data.publicationId, data.version, data.epsilon when noise was added)
  'collaborative.run-linked', // an org admin linked a staff survey (or, data.kind 'audit', a closed audit) to a collaborative's timepoint, in both trails (data.hubId, data.timepointId, data.cycleId in the organisation's only)
  'collaborative.contributed', // an org admin sent the organisation's released check-in band counts for a timepoint, in both trails (data.hubId, data.timepointId, data.kind, data.figures: how many)
  'shared-practice.item-removed', // its author or a hub admin removed an item from a collaborative's library (data.collaborativeId, data.itemId, data.kind; never whose it was); also in the author's organisation's trail when the hub removed it (data.via: hub)
  'shared-practice.post-deleted', // an author deleted their own post on a collaborative's board (data.collaborativeId, data.postId)
  'shared-practice.post-hidden', // a hub admin hid a post of a collaborative's board with a reason shown in its place (data.postId); also in the author's organisation's trail (data.via: hub)
  'shared-practice.post-restored', // a hub admin showed a hidden post again (data.postId); also in the author's organisation's trail (data.via: hub)
  'shared-practice.post-reported', // a reader asked the hub's moderators to look at a board post (data.postId, data.kind), in the reporter's trail; also in the hub's trail without who reported when a member organisation's admin did (data.via: member)
  'shared-practice.reports-dismissed', // a hub admin dismissed the open reports of a board post without hiding it (data.postId, data.count)
  'standard.published', // a hub admin published a version of a standard (data.standardId, data.packId, data.packVersion, data.from: upload | installed)
  'standard.recognised', // a hub admin marked a member organisation as having met a standard version, in both trails (data.standardId, data.packVersion, data.orgId, data.metOn)
  'standard.recognition-withdrawn', // a hub admin withdrew that mark, in both trails (data.standardId, data.packVersion, data.orgId)
]);
export type TAuditType = z.infer<typeof ZAuditType>;

/**
 * Which record a logged read was of (`person.read`'s data.record; a grant's reads use its scope).
 * The web app words each one on "Who has seen my records" (`records.<name>` in my-pages), and a
 * test holds every name here to a label in each language, so a new kind of read is never shown
 * to the person as a bare code.
 */
export const READ_RECORDS = ['profile', 'development-plan', 'training', 'placement', 'hr-events', 'supervision', 'supervision-session'] as const;
export type ReadRecord = (typeof READ_RECORDS)[number];

export const ZAuditData = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]));
export type TAuditData = z.infer<typeof ZAuditData>;
