-- Failed logins (and failed current-password checks), counted per account and address and per address,
-- in the database so that every instance sees the same counts. A key waits until blocked_until.
create table login_throttle (
    throttle_key    varchar(400) primary key,
    failures        integer      not null,
    last_failure_at timestamp(6) with time zone not null,
    blocked_until   timestamp(6) with time zone not null
);
