-- The public lookup answers a signed PY from the list signed for it: find an NPI's signed entries
-- without reading every certification's snapshot.
create index certified_entry_by_npi on certified_entry (npi, list_kind);
