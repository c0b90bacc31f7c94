-- Server-side login sessions: the login cookie names a row here, and a request is logged in only while the
-- row exists and was used recently. Logging out, a password change or reset, disabling an account and
-- changing its role delete its rows, which ends those sessions on every instance at once.
create table login_session (
    id           varchar(64)  primary key,
    account_id   bigint       not null references account (id) on delete cascade,
    created_at   timestamp(6) with time zone not null,
    last_seen_at timestamp(6) with time zone not null
);
create index login_session_account_ix on login_session (account_id);
