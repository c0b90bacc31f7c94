-- A field a request did not ask of a jurisdiction: the status NOT_REQUESTED joins the vocabulary.
-- Written in the SQL that H2 2.x and PostgreSQL 15 both accept.
alter table response drop constraint response_status_ck;
alter table response add constraint response_status_ck check (status in ('NO_RESPONSE', 'REVIEWING', 'CONDITIONAL',
    'WILL_PROVIDE', 'PROVIDED', 'WITHHELD_BY_LAW', 'REFUSED', 'NOT_COLLECTED', 'ON_HOLD', 'NOT_REQUESTED'));
alter table cell_change drop constraint cell_change_old_status_ck;
alter table cell_change add constraint cell_change_old_status_ck check (old_status in ('NO_RESPONSE', 'REVIEWING',
    'CONDITIONAL', 'WILL_PROVIDE', 'PROVIDED', 'WITHHELD_BY_LAW', 'REFUSED', 'NOT_COLLECTED', 'ON_HOLD',
    'NOT_REQUESTED'));
alter table cell_change drop constraint cell_change_new_status_ck;
alter table cell_change add constraint cell_change_new_status_ck check (new_status in ('NO_RESPONSE', 'REVIEWING',
    'CONDITIONAL', 'WILL_PROVIDE', 'PROVIDED', 'WITHHELD_BY_LAW', 'REFUSED', 'NOT_COLLECTED', 'ON_HOLD',
    'NOT_REQUESTED'));
