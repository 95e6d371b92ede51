-- identity: temporary passwords, failed-login counters and lockout, kept in the database so they survive a restart
-- and hold on every node of a cluster.

alter table app_user add column password_change_required boolean     not null default false;
alter table app_user add column password_changed_at      timestamptz;

-- written on every failed and on the first successful login after failures; kept apart from app_user so that
-- a login never bumps the version an administrator's edit is checked against
create table app_user_login (
    user_id          uuid        primary key references app_user (id),
    failed_attempts  integer     not null default 0,
    last_failure_at  timestamptz,
    locked_until     timestamptz
);

insert into app_user_login (user_id) select id from app_user;
