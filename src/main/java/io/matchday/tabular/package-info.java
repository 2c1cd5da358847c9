/**
 * Matchday's tables for notebooks: rows of any record written as Parquet with typed columns (dates as dates,
 * probabilities as doubles, timestamps with their zone), for pandas, DuckDB or Spark — without Hadoop
 * ({@link io.matchday.tabular.ParquetTable}).
 */
package io.matchday.tabular;
