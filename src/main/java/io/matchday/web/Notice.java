package io.matchday.web;

/** What an action did, shown at the top of a card: success or refusal, and the gate's numbers where it decided. */
public record Notice(boolean ok, String message, String gate) {

    public static Notice done(String message) {
        return new Notice(true, message, null);
    }

    public static Notice refused(String message) {
        return new Notice(false, message, null);
    }
}
