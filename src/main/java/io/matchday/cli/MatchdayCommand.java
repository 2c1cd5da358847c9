package io.matchday.cli;

import io.matchday.MatchdayException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code matchday} command line: one subcommand per verb. */
@Command(name = "matchday", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Football match forecasts and the machine-learning life cycle around them.",
        subcommands = {DemoCommand.class, IngestCommand.class, SeasonsCommand.class, TeamsCommand.class,
            QuarantineCommand.class, GenerateCommand.class, BacktestCommand.class, PredictCommand.class, TuneCommand.class, RunsCommand.class, TrainCommand.class, ModelsCommand.class, CompareCommand.class, PromoteCommand.class, RollbackCommand.class, ChallengeCommand.class, ChallengersCommand.class, ServeCommand.class, JobsCommand.class, MonitorCommand.class, RetrainingCommand.class, AlertsCommand.class, SimulateCommand.class, ProjectCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class})
public final class MatchdayCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs one command line; returns the exit code (0 ok, 1 failed, 2 usage error). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new MatchdayCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + oneLine(e));
            if (!(e instanceof MatchdayException)) {
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        cli.setParameterExceptionHandler((e, commandArgs) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("error: " + oneLine(e) + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        try {
            return cli.execute(args);
        } finally {
            // A table is printed without a line end of its own: auto-flush never sends it.
            out.flush();
            err.flush();
        }
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
