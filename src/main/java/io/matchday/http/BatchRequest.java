package io.matchday.http;

import io.matchday.serving.PredictRequest;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Up to {@code matchday.serve.batch-limit} (1,000) fixtures forecast in one call. */
@Schema(description = "Fixtures to forecast in one call")
record BatchRequest(@ArraySchema(maxItems = 1000) List<PredictRequest> fixtures) {
}
