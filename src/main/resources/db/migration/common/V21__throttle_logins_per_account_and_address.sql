-- Failed sign-ins are counted per account and source address, and per source address alone, so
-- that nobody can lock another person's account out by failing on purpose (the account-wide count
-- on identity_user did exactly that, tokens included).
create table identity_login_throttle (
    subject          varchar(200) not null primary key,
    username         varchar(60),
    address          varchar(64)  not null,
    failures         integer      not null,
    lockouts         integer      not null,
    last_failure_at  timestamp with time zone not null,
    blocked_until    timestamp with time zone
);

create index identity_login_throttle_user_idx on identity_login_throttle (username);
create index identity_login_throttle_age_idx on identity_login_throttle (last_failure_at);

alter table identity_user drop column failed_logins;
alter table identity_user drop column locked_until;
