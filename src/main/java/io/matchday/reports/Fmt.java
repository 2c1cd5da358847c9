package io.matchday.reports;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and times as pages show them: probabilities to three places, RPS to four, signed differences. */
public final class Fmt {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Fmt() {
    }

    /** A probability as a percentage with one decimal, e.g. {@code 51.2 %}. */
    public static String pct(double p) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * p);
    }

    public static String pct(Double p) {
        return p == null || p.isNaN() ? "–" : pct(p.doubleValue());
    }

    /** A signed percentage-point difference, e.g. {@code +3.1}. */
    public static String pp(double d) {
        return String.format(Locale.ROOT, "%+.1f", 100 * d);
    }

    /** A scoring-rule value to four places. */
    public static String rps(Double v) {
        return v == null || v.isNaN() ? "–" : String.format(Locale.ROOT, "%.4f", v);
    }

    /** A signed difference to four places. */
    public static String delta(Double v) {
        return v == null || v.isNaN() ? "–" : String.format(Locale.ROOT, "%+.4f", v);
    }

    /** A number to {@code places} decimals. */
    public static String num(Double v, int places) {
        return v == null || v.isNaN() ? "–" : String.format(Locale.ROOT, "%." + places + "f", v);
    }

    /** A measured value at a precision that suits its size: 393, 12.5, 0.3143. */
    public static String auto(Double v) {
        if (v == null || v.isNaN()) {
            return "–";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.4f", v);
    }

    /** A value for a URL's query string. */
    public static String url(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String price(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** An instant as UTC text: what a page shows until its script puts it in the reader's time zone. */
    public static String utc(Instant at) {
        return UTC.format(at);
    }

    /** A date as an input's value: ISO, or null (no attribute) when there is none. */
    public static String iso(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** A short id for tables. */
    public static String shortId(String id) {
        return id == null ? "–" : id.length() > 8 ? id.substring(0, 8) : id;
    }

    /** A parameter value: numbers to six significant digits, long lists shortened. */
    public static String value(Object v) {
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.6g", d);
        }
        String text = String.valueOf(v);
        return text.length() > 300 ? text.substring(0, 300) + " …" : text;
    }

    /**
     * CSS class of a value that is better when negative (ΔRPS against the market), judged as {@link #delta}
     * shows it: a difference that rounds to ±0.0000 is coloured as none.
     */
    public static String better(Double delta) {
        if (delta == null || delta.isNaN()) {
            return "";
        }
        double shown = Double.parseDouble(delta(delta));
        return shown < 0 ? "good" : shown > 0 ? "bad" : "";
    }
}
