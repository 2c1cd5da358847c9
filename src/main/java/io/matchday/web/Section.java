package io.matchday.web;

/** The console's sections, in the order of the navigation. */
public enum Section {
    OVERVIEW("/", "Overview"), FORECASTS("/forecasts", "Forecasts"), TABLE("/tables", "Table"), MODELS("/models", "Models"),
    CHALLENGERS("/challengers", "Challengers"), RUNS("/runs", "Runs"),
    MONITORING("/monitoring", "Monitoring"), JOBS("/jobs", "Jobs"), REPLAYS("/replays", "Replays"), DATA("/data", "Data"),
    LEDGER("/ledger", "Ledger"), NONE("/", "");

    private final String path;
    private final String label;

    Section(String path, String label) {
        this.path = path;
        this.label = label;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    /** The sections shown in the navigation. */
    public static java.util.List<Section> navigation() {
        return java.util.Arrays.stream(values()).filter(s -> s != NONE).toList();
    }
}
