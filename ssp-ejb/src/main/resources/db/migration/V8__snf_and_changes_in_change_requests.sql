-- SNF affiliates now change through change requests like the other lists (additions on January 1
-- of the PY after CMS accepts them, deletions on their termination date), and an entry in force
-- can be corrected by a change row (action UPDATE) that says what it changes, old and new values.
-- Portable between PostgreSQL and H2 in PostgreSQL mode.

alter table change_request_row add column ccn varchar(6);
alter table change_request_row add column star_rating integer;
alter table change_request_row add column correction varchar(1000);
create index change_request_row_by_ccn on change_request_row (ccn);
create index snf_affiliate_by_ccn on snf_affiliate (ccn, effective_date);
