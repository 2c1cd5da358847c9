-- The prediction ledger: every forecast the service gave, with its inputs and the model version
-- that made it. Rows are written in batches by the serving nodes; the id (a UUID made when the
-- forecast was served) makes replaying a spooled batch idempotent. Ids are time-ordered (UUID
-- version 7), so appends go to the end of the primary key and newest-first reads walk it backwards.
-- No secondary index: appends are the hot path (thousands a second per node), reads are rare;
-- an index on match_date tripled the cost of an append on H2.

create table predictions (
    id                  varchar(36)      primary key,
    served_at           timestamp        not null,
    node                varchar(100)     not null,
    model_name          varchar(100)     not null,
    model_version       integer          not null,
    division            varchar(10)      not null,
    match_date          date             not null,
    home_team           varchar(100)     not null,
    away_team           varchar(100)     not null,
    odds_home           double precision,
    odds_draw           double precision,
    odds_away           double precision,
    p_home              double precision not null,
    p_draw              double precision not null,
    p_away              double precision not null,
    expected_home_goals double precision,
    expected_away_goals double precision
);
