-- Background work (replays, backtests, ingests, retraining) as rows every node reads: submitted on one
-- node, run by whichever node's scheduler picks its one-time execution, followed from any node.
create table background_work (
    id             varchar(36)   primary key,
    kind           varchar(20)   not null,
    title          varchar(500)  not null,
    request        varchar(4000) not null,
    state          varchar(12)   not null,
    done           integer       not null,
    total          integer       not null,
    node           varchar(200),
    attempts       integer       not null,
    submitted_at   timestamp     not null,
    started_at     timestamp,
    ended_at       timestamp,
    error          varchar(2000),
    summary        varchar(4000),
    run_id         varchar(64),
    result_sha256  varchar(64),
    cancel_requested boolean     not null
);
create index background_work_kind on background_work (kind, id);
