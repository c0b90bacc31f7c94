-- Timeline entries become communications: the table and its revisions are renamed in place, so every entry
-- keeps its id (old addresses still find it), its text and its revisions. New columns: the precision of the
-- date, the day the record counts from for "as of" views (the last day of its month or year), a direction and
-- the cited communication of a change set and of each of its changes. Attached documents keep their bytes in a
-- table of their own, so backups, the copy to a new database and several instances all see them.
-- Written in the SQL that H2 2.x and PostgreSQL 15 both accept.

alter table timeline_entry rename to communication;
alter table communication rename column summary to title;
alter table communication drop constraint timeline_entry_kind_ck;
alter table communication add constraint communication_kind_ck check (kind in ('LETTER', 'EMAIL', 'STATEMENT',
    'PRESS_REPORT', 'FILING', 'LAWSUIT', 'RULING', 'DEADLINE', 'OTHER'));
alter table communication add column date_precision varchar(5) default 'DAY' not null;
alter table communication add constraint communication_precision_ck check (date_precision in ('DAY', 'MONTH', 'YEAR'));
alter table communication add column counts_from date;
update communication set counts_from = occurred_on;
alter table communication alter column counts_from set not null;
alter table communication add column direction varchar(20) default 'THIRD_PARTY' not null;
update communication set direction = 'TO_JURISDICTION' where kind = 'LETTER';
update communication set direction = 'FROM_JURISDICTION' where kind = 'STATEMENT' and jurisdiction_code is not null;
alter table communication add constraint communication_direction_ck check (direction in ('TO_JURISDICTION',
    'FROM_JURISDICTION', 'THIRD_PARTY'));
alter index timeline_entry_request_ix rename to communication_request_ix;
create index communication_counts_ix on communication (request_id, counts_from);

alter table timeline_revision rename to communication_revision;
alter table communication_revision rename column entry_id to communication_id;
alter index timeline_revision_request_ix rename to communication_revision_request_ix;
alter index timeline_revision_entry_ix rename to communication_revision_entry_ix;

-- One document per communication at most; the bytes are checked (PDF or image) before a row is written.
create table communication_document (
    communication_id bigint        not null primary key references communication (id) on delete cascade,
    file_name        varchar(200)  not null,
    content_type     varchar(40)   not null,
    size_bytes       bigint        not null,
    sha256           varchar(64)   not null,
    content          bytea         not null,
    uploaded_at      timestamp(6) with time zone not null,
    uploaded_by      varchar(60)   not null
);

alter table change_set add column communication_id bigint references communication (id);
alter table cell_change add column communication_id bigint references communication (id);
create index cell_change_communication_ix on cell_change (communication_id);
