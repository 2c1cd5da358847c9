-- Experiment tracking: every training, backtest and retraining is a run with its parameters,
-- metrics (final, step -1, and per step such as a backtest week) and artifacts (files kept in the
-- content-addressed artifact store; the table records their hashes).

create table runs (
    id               varchar(36)   primary key,
    kind             varchar(20)   not null,
    status           varchar(12)   not null,
    started_at       timestamp     not null,
    ended_at         timestamp,
    division         varchar(8),
    window_start     date,
    window_end       date,
    data_fingerprint varchar(64),
    code_version     varchar(64)   not null,
    parameters       varchar(20000) not null,
    tags             varchar(4000) not null,
    message          varchar(2000),
    constraint runs_status check (status in ('running', 'finished', 'failed'))
);

create index runs_by_start on runs (started_at);

create table run_metrics (
    run_id  varchar(36)  not null references runs (id) on delete cascade,
    name    varchar(100) not null,
    step    integer      not null,
    label   varchar(100),
    metric  double precision not null,
    primary key (run_id, name, step)
);

create table run_artifacts (
    run_id     varchar(36)  not null references runs (id) on delete cascade,
    name       varchar(200) not null,
    sha256     varchar(64)  not null,
    bytes      bigint       not null,
    media_type varchar(100) not null,
    primary key (run_id, name)
);
