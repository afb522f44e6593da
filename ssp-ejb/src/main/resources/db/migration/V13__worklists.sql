-- Work management: whose work a submitted change request is, and the day CMS decides the
-- requests of a PY's window (the reviewers' due date).
alter table change_request add column assigned_to varchar(100);
alter table change_request_aud add column assigned_to varchar(100);
alter table change_request_aud add column assignedto_mod boolean;
alter table change_request_window add column decide_by date;
create index change_request_by_assignee on change_request (assigned_to, status);
