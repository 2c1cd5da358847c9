package io.matchday.monitoring;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * What Matchday alerts about: the {@code alertname} Alertmanager groups and routes on, how loud it is, the console
 * page that shows it, and — for events rather than conditions — how long the alert stays active unless resolved.
 */
public enum AlertKind {
    /** Enough features drifted between the reference and the current window. */
    FEATURE_DRIFT("FeatureDrift", "warning", null),
    /** The champion's rolling RPS is worse than its validation RPS by more than the allowed degradation. */
    PERFORMANCE_DEGRADED("PerformanceDegraded", "critical", null),
    /** The champion's rolling RPS trails the de-vigged closing market by more than the allowed gap. */
    BEHIND_MARKET("BehindMarket", "warning", null),
    /** Too many recent matches came without closing prices. */
    MISSING_PRICES("MissingPrices", "warning", null),
    /** A scheduled job failed; resolved when it next succeeds. */
    JOB_FAILED("JobFailed", "warning", null),
    /** A retraining failed and the champion stayed; resolved when the model's next retraining succeeds. */
    RETRAINING_FAILED("RetrainingFailed", "critical", null),
    /** The promotion gate refused a new version (retraining or a promotion asked for); lapses after a day. */
    PROMOTION_REFUSED("PromotionRefused", "info", Duration.ofDays(1)),
    /** A challenger's live comparison decided promote while automatic promotion is off; lapses after a day. */
    CHALLENGER_RECOMMENDED("ChallengerRecommended", "info", Duration.ofDays(1));

    private final String alertname;
    private final String severity;
    private final Duration lasts;

    AlertKind(String alertname, String severity, Duration lasts) {
        this.alertname = alertname;
        this.severity = severity;
        this.lasts = lasts;
    }

    public String alertname() {
        return alertname;
    }

    public String severity() {
        return severity;
    }

    /** An event's lifetime; empty for a condition, which stays active until resolved. */
    public Optional<Duration> lasts() {
        return Optional.ofNullable(lasts);
    }

    /** The console page that shows what the alert is about, relative to the console's root. */
    String page(Map<String, String> labels) {
        String model = labels.get("model");
        return switch (this) {
            case FEATURE_DRIFT, PERFORMANCE_DEGRADED, BEHIND_MARKET, MISSING_PRICES ->
                    model == null ? "/monitoring" : "/monitoring?model=" + model;
            case JOB_FAILED, RETRAINING_FAILED -> "/jobs";
            case PROMOTION_REFUSED -> "/models";
            case CHALLENGER_RECOMMENDED -> "/challengers";
        };
    }

    public static Optional<AlertKind> named(String alertname) {
        for (AlertKind kind : values()) {
            if (kind.alertname.equals(alertname)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
