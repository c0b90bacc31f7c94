-- A cell can be contested: sources disagree about it. The flag and the other source are part of the cell's value,
-- so they are kept in every change (setting and clearing them are changes like any other) and in the cell.
alter table response add column contested boolean default false not null;
alter table response add column contested_source_url varchar(2000);
alter table response add column contested_source_title varchar(300);
alter table response add column contested_communication_id bigint references communication (id);
alter table cell_change add column contested boolean default false not null;
alter table cell_change add column contested_source_url varchar(2000);
alter table cell_change add column contested_source_title varchar(300);
alter table cell_change add column contested_communication_id bigint references communication (id);
