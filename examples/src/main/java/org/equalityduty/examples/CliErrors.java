package org.equalityduty.examples;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What the user sees when the arguments cannot be used or a command fails unexpectedly: one line per problem, a "did
 * you mean" for a misspelt option or command, and the command that shows the help; never a stack trace. When
 * {@code check} was asked for {@code --format json}, the same problems come as a check document on standard output.
 */
final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
    /** The exit code of arguments or input that cannot be used. */
    static final int USAGE = 2;
    /** The exit code of a failure of this program itself. */
    static final int INTERNAL = 3;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        List<String> messages = messages(ex);
        if (cli.getCommand() instanceof CheckCommand && CheckCommand.wantsJson(args)) {
            List<CheckJson.ArgumentError> errors = new ArrayList<>();
            for (String m : messages) {
                errors.add(new CheckJson.ArgumentError(m));
            }
            cli.getOut().print(CheckJson.argumentErrors(errors));
            cli.getOut().flush();
            return USAGE;
        }
        PrintWriter err = cli.getErr();
        for (String m : messages) {
            err.println(m);
        }
        err.println("For help: " + Invocation.command(helpArguments(cli)));
        err.flush();
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
        PrintWriter err = cli.getErr();
        err.println("equality-duty failed unexpectedly (" + ex.getClass().getSimpleName()
                + (ex.getMessage() != null ? ": " + ex.getMessage() : "") + "). This is a fault in equality-duty,"
                + " not in your input; please report it with the command you ran.");
        err.flush();
        return INTERNAL;
    }

    /** The messages for a parse error, with "did you mean" where something close exists. */
    static List<String> messages(ParameterException ex) {
        List<String> messages = new ArrayList<>();
        java.util.regex.Matcher help = java.util.regex.Pattern.compile("^Unknown subcommand '(.*)'\\.$")
                .matcher(String.valueOf(ex.getMessage()));
        if (help.matches()) {
            // equality-duty help chek: picocli's help command reports it against the command it helps with
            CommandLine owner = ex.getCommandLine();
            CommandSpec root = (owner.getSubcommands().isEmpty() && owner.getParent() != null ? owner.getParent()
                    : owner).getCommandSpec();
            List<String> near = Suggestions.closest(help.group(1), new TreeSet<>(root.subcommands().keySet()));
            messages.add("Unknown command: '" + help.group(1) + "'" + (near.isEmpty()
                    ? ". The commands are: " + String.join(", ", root.subcommands().keySet()) + "."
                    : ". Did you mean " + Suggestions.alternatives(near) + "?"));
            return messages;
        }
        if (!(ex instanceof UnmatchedArgumentException un)) {
            // "Invalid value for positional parameter at index 0 (KIND): ..." reads better as "Invalid KIND: ..."
            messages.add(String.valueOf(ex.getMessage()).replaceFirst(
                    "^Invalid value for positional parameter at index \\d+ \\(([^)]*)\\): ", "Invalid $1: "));
            return messages;
        }
        CommandSpec spec = un.getCommandLine().getCommandSpec();
        boolean afterUnknownOption = false;
        for (String arg : un.getUnmatched()) {
            if (arg.startsWith("-") && arg.length() > 1 && !isNumber(arg)) {
                afterUnknownOption = !arg.contains("=");
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                List<String> near = Suggestions.closest(name, optionNames(spec));
                messages.add("Unknown option: '" + name + "'"
                        + (near.isEmpty() ? "" : ". Did you mean " + Suggestions.alternatives(near) + "?"));
            } else if (afterUnknownOption) {
                afterUnknownOption = false;   // most likely the unknown option's value: '--sed 7'
            } else if (!spec.subcommands().isEmpty() && messages.isEmpty() && spec.positionalParameters().isEmpty()) {
                List<String> near = Suggestions.closest(arg, new TreeSet<>(spec.subcommands().keySet()));
                messages.add("Unknown command: '" + arg + "'" + (near.isEmpty()
                        ? ". The commands are: " + String.join(", ", spec.subcommands().keySet()) + "."
                        : ". Did you mean " + Suggestions.alternatives(near) + "?"));
                break;
            } else {
                messages.add("Unexpected argument: '" + arg + "'");
            }
        }
        return messages;
    }

    private static boolean isNumber(String arg) {
        return arg.matches("-\\d+(\\.\\d+)?");
    }

    private static List<String> optionNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                for (String n : o.names()) {
                    if (n.startsWith("--")) {
                        names.add(n);
                    }
                }
            }
        }
        return names;
    }

    private static String helpArguments(CommandLine cli) {
        List<String> names = new ArrayList<>();
        for (CommandLine c = cli; c.getParent() != null; c = c.getParent()) {
            names.add(0, c.getCommandName());
        }
        names.add("--help");
        return String.join(" ", names);
    }
}
