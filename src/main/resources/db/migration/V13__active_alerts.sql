-- The alerts that are active (or were resolved lately), one row per alert identity: its name and labels. Every node
-- raising the same alert updates the same row, and every node re-sends the same labels, which Alertmanager merges.
create table active_alerts (
    fingerprint   varchar(64)   primary key,
    alertname     varchar(50)   not null,
    labels        varchar(1000) not null,
    severity      varchar(10)   not null,
    summary       varchar(2000) not null,
    generator_url varchar(500)  not null,
    starts_at     timestamp     not null,
    ends_at       timestamp,
    updated_at    timestamp     not null
);
create index active_alerts_ends_at on active_alerts (ends_at);
