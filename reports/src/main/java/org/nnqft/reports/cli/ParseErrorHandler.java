package org.nnqft.reports.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Command-line syntax errors: one line naming the option and what it accepts, exit 2. picocli's
 * default would print the whole usage, which buries the one line that matters.
 */
final class ParseErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        ex.getCommandLine().getErr().println(message(ex));
        ex.getCommandLine().getErr().flush();
        return ExitCode.USAGE;
    }

    static String message(ParameterException ex) {
        OptionSpec option = option(ex);
        String allowed = option == null ? null : allowed(option);
        if (allowed == null) {
            return ex.getMessage() + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')";
        }
        String name = option.longestName();
        if (ex.getValue() != null) {
            return name + " must be " + allowed + " (got " + (ex.getValue().isBlank() ? "nothing" : ex.getValue()) + ")";
        }
        // no value to blame (missing, or given twice): keep picocli's account, add what would do
        return ex.getMessage() + "; " + name + " must be " + allowed;
    }

    private static OptionSpec option(ParameterException ex) {
        if (ex.getArgSpec() instanceof OptionSpec o) {
            return o;
        }
        if (ex instanceof MissingParameterException missing && missing.getMissing() != null
                && missing.getMissing().size() == 1 && missing.getMissing().getFirst() instanceof OptionSpec o) {
            return o;
        }
        return null;
    }

    /** Name-valued options list their names; the others are worded in {@link Allowed}. */
    private static String allowed(OptionSpec option) {
        String words = Allowed.forOption(option.command() == null ? null : option.command().name(), option.longestName());
        if (words != null || option.completionCandidates() == null) {
            return words;
        }
        List<String> names = new ArrayList<>();
        option.completionCandidates().forEach(names::add);
        return "one of " + String.join(", ", names);
    }
}
