package io.matchday;

/**
 * Named moments at which a test can have the process die on the spot, as SIGKILL would: with
 * {@code -Dmatchday.killpoint=NAME} the process halts there with exit code 137, running no shutdown
 * hook. Crash-consistency tests kill real processes at each point and check the next command.
 */
public final class KillPoints {

    private static final String PROPERTY = "matchday.killpoint";

    private KillPoints() {
    }

    /** Halts the process if it was started to die at {@code name}. */
    public static void reach(String name) {
        if (name.equals(System.getProperty(PROPERTY))) {
            Runtime.getRuntime().halt(137);
        }
    }
}
