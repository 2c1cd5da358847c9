-- Monitoring summaries now keep each feature's histogram: the JSON outgrows 20,000 characters.
alter table monitoring_runs alter column summary set data type varchar(1000000);
