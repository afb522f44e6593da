-- The quality outcome each ACO's reconciliation was computed with, kept with the result so that the
-- public reporting page can publish it from released runs only (null in runs made before this).
alter table aco_reconciliation add column quality_standard varchar(20);
alter table aco_reconciliation add column quality_score numeric(9, 6);

-- Who issued the ACO's repayment mechanism (bank or surety), recorded by the ACO's own people with
-- the mechanism type and the EFT authorization; audited like the rest of the compliance record.
alter table aco_compliance add column repayment_issuer varchar(200);
alter table aco_compliance_aud add column repayment_issuer varchar(200);
alter table aco_compliance_aud add column repaymentissuer_mod boolean;
