package io.matchday.data;

/** Progress of an ingestion run, for progress bars and logs. No-op by default. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() { };

    /** The run will look at this many season files. */
    default void planned(int files) { }

    /** One file is stored (or was absent from the source, {@code ingest == null}). */
    default void fileDone(Division division, Season season, FileIngest ingest) { }
}
