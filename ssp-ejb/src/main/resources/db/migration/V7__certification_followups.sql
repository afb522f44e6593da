-- The quality outcome each ACO's reconciliation was computed with, kept with the result so that the
-- public reporting page can publish it from released runs only (null in runs made before this).
alter table aco_reconciliation add column quality_standard varchar(20);
alter table aco_reconciliation add column quality_score numeric(9, 6);
