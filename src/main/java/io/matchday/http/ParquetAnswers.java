package io.matchday.http;

import io.matchday.tabular.ParquetTable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A table answered as a Parquet download (asked for by {@code Accept} or {@code ?format=parquet}). */
final class ParquetAnswers {

    static final MediaType PARQUET = MediaType.parseMediaType(ParquetTable.MEDIA_TYPE);

    private ParquetAnswers() {
    }

    static <T> ResponseEntity<StreamingResponseBody> of(ParquetTable<T> table, Iterable<? extends T> rows, String filename) {
        return ResponseEntity.ok().contentType(PARQUET)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(out -> table.write(rows, out));
    }
}
