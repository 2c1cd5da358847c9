-- The prediction ledger is read by model and match date (monitoring, GET /api/v1/predictions
-- filters); with only the id key every such read scanned the whole table.
create index predictions_model_date on predictions (model_name, match_date);
create index predictions_match_date on predictions (match_date);
