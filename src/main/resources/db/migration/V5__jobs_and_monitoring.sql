-- Operations: db-scheduler's table (one row per scheduled execution; the library's own layout,
-- portable to H2 and PostgreSQL), the history of every job run, monitoring results and alerts,
-- retraining runs with their trigger and decision, and upcoming fixtures.

create table scheduled_tasks (
    task_name            varchar(100)             not null,
    task_instance        varchar(100)             not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            varchar(50),
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);

create table job_runs (
    id          varchar(36)   primary key,
    job         varchar(50)   not null,
    node        varchar(100)  not null,
    trigger     varchar(20)   not null,
    scheduled_for timestamp,
    started_at  timestamp     not null,
    ended_at    timestamp,
    status      varchar(20)   not null,
    message     varchar(2000)
);
create index job_runs_job on job_runs (job, started_at);

create table monitoring_runs (
    id            varchar(36)  primary key,
    model_name    varchar(100) not null,
    model_version integer      not null,
    created_at    timestamp    not null,
    summary       varchar(20000) not null
);

create table alerts (
    id         varchar(36)   primary key,
    raised_at  timestamp     not null,
    kind       varchar(50)   not null,
    severity   varchar(10)   not null,
    subject    varchar(100)  not null,
    message    varchar(2000) not null,
    observed   double precision,
    threshold  double precision
);
create index alerts_raised_at on alerts (raised_at);

create table retraining_runs (
    id          varchar(36)   primary key,
    model_name  varchar(100)  not null,
    node        varchar(100)  not null,
    started_at  timestamp     not null,
    ended_at    timestamp,
    status      varchar(20)   not null,
    triggers    varchar(2000) not null,
    candidate   integer,
    decision    varchar(4000),
    message     varchar(2000)
);
create index retraining_runs_started on retraining_runs (model_name, started_at);

-- One row per model while a retraining runs: the primary key admits one at a time, cluster-wide.
create table retraining_lock (
    model_name   varchar(100) primary key,
    run_id       varchar(36)  not null,
    node         varchar(100) not null,
    acquired_at  timestamp    not null
);

create table fixtures (
    division   varchar(10)  not null,
    match_date date         not null,
    home_team  varchar(100) not null,
    away_team  varchar(100) not null,
    odds_home  double precision,
    odds_draw  double precision,
    odds_away  double precision,
    loaded_at  timestamp    not null,
    primary key (division, match_date, home_team, away_team)
);
