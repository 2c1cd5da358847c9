-- Runs carry their owner (host and process) and a heartbeat, so a run whose process died is closed
-- as 'died' by the next command or node that looks, instead of staying 'running' for ever.
alter table runs add column owner varchar(200);
alter table runs add column heartbeat_at timestamp;
alter table runs drop constraint runs_status;
alter table runs add constraint runs_status check (status in ('running', 'finished', 'failed', 'died'));
