package io.matchday.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What every self-contained HTML report needs: escaped text, data as inline JSON, Chart.js from the jar. */
public final class ReportHtml {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportHtml() {
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A value as JSON that can sit inside a script element. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Chart.js from its webjar, safe to inline: reports work offline, with no CDN. */
    public static String chartJs() {
        return BacktestHtmlReport.chartJs();
    }
}
