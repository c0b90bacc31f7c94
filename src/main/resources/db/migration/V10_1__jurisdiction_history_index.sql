-- A jurisdiction's latest changes in effective order (the jurisdiction page, as of any day) read as a walk
-- along this index instead of sorting the jurisdiction's whole history, which grows with the request.
create index cell_change_jurisdiction_effective_ix
    on cell_change (request_id, jurisdiction_code, effective_date, recorded_at, id);
