package io.matchday.cli;

import io.matchday.data.Division;
import picocli.CommandLine.Option;

/** The {@code -d/--division} option of the commands that work on one division (E0 unless told). */
final class DivisionOption {

    @Option(names = {"-d", "--division"}, defaultValue = Division.DEFAULT_CODE, paramLabel = "CODE",
            description = "Division code (E0, E1, SP1, D1, …). Default: ${DEFAULT-VALUE}")
    String code;

    /** The division, or a one-line error naming a bad code. */
    Division value() {
        return Division.of(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
