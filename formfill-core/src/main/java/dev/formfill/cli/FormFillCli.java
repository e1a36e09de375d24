package dev.formfill.cli;

import dev.formfill.core.FormFillException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code formfill} command line: {@code prepare}, {@code models}, {@code eval}. */
@Command(name = "formfill", mixinStandardHelpOptions = true, versionProvider = FormFillCli.Version.class,
        description = "Turns flat PDFs into fillable PDF forms.",
        subcommands = {PrepareCommand.class, ModelsCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class FormFillCli {

    /** Entry point; exits with {@link ExitCodes}. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (for tests). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new FormFillCli());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof FormFillException ffe) {
                cmd.getErr().println("formfill: " + ffe.type() + ": " + ffe.getMessage());
                return ExitCodes.of(ffe);
            }
            cmd.getErr().println("formfill: unexpected error: " + ex);
            if (System.getenv("FORMFILL_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr()); // for bug reports; off by default, as users need the one line
            } else {
                cmd.getErr().println("formfill: this is a bug; run again with FORMFILL_DEBUG=1 for the stack trace to report");
            }
            return ExitCodes.INTERNAL;
        });
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("formfill: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'formfill " + ex.getCommandLine().getCommandName() + " --help'.");
            return ExitCodes.USAGE;
        });
        return cli.execute(args);
    }

    /** Version from the jar manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = FormFillCli.class.getPackage().getImplementationVersion();
            return new String[] {"formfill " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}
