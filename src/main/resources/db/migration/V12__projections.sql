-- The latest season projection per division, as the predict-upcoming job last computed it (JSON).
create table projections (
    division     varchar(10)     not null primary key,
    season       varchar(10)     not null,
    as_of        date            not null,
    model        varchar(100)    not null,
    computed_at  timestamp       not null,
    body         varchar(1000000) not null
);
