-- A prospective applicant, an organisation that has no ACO ID yet, files its Notice of Intent to Apply
-- under its executive's own account (issue 15): the notice's ACO ID stays empty until CMS assigns one.
-- One such notice per user per cycle is the service's rule (NoticeService.fileProspectiveNotice).
alter table notice_of_intent alter column aco_id drop not null;
