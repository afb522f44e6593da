-- Demo: PY2023 quality reporting is open around the day the demo data is first loaded, so that an
-- ACO can report and its executive submit (CMS administrators move the window on Quality reference
-- data). Idempotent: a window already set is left alone.
insert into quality_reporting_window (py, version, opens_on, closes_on, set_by, set_at)
select 2023, 0, cast(current_date - interval '30' day as date), cast(current_date + interval '90' day as date),
       'cms.admin', cast(current_date - interval '31' day as timestamp)
where not exists (select 1 from quality_reporting_window where py = 2023);
