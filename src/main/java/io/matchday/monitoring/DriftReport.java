package io.matchday.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * Drift of the recent window against the reference: every feature's test, the share that drifted,
 * whether the data set as a whole drifted, and data quality of the recent window. {@code reference}
 * says what the reference is (the same phase of earlier seasons, or the matches before the window);
 * its dates are those of its first and last match.
 */
public record DriftReport(LocalDate referenceFrom, LocalDate referenceTo, LocalDate currentFrom, LocalDate currentTo,
                          List<FeatureDrift> features, double driftShare, boolean datasetDrift,
                          FeatureDrift predictionDrift, DataQuality quality, String reference) {

    /** @param newTeams teams in the current window that the reference window never saw */
    public record DataQuality(double missingPricesShare, List<String> newTeams, int quarantinedRows) {
    }
}
