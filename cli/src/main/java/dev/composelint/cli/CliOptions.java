package dev.composelint.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/** The command line as picocli parses it. Values stay strings; {@link LintCommand} checks and resolves them. */
@Command(name = "composelint", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Lints Docker Compose projects: each PATH is a compose file or a directory to discover "
                + "projects in (default: the current directory).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:nothing at or above --fail-on",
                "1:findings at or above --fail-on",
                "2:usage, configuration or I/O error"})
final class CliOptions {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Compose files or directories.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--file"}, paramLabel = "FILE",
            description = "Compose file of one project, like docker compose -f (repeatable; merged in order).")
    List<String> files = new ArrayList<>();

    @Option(names = {"-p", "--project-name"}, paramLabel = "NAME", description = "Project name.")
    String projectName;

    @Option(names = "--project-directory", paramLabel = "DIR", description = "Project working directory.")
    String projectDirectory;

    @Option(names = "--env-file", paramLabel = "FILE", description = "Environment file (repeatable).")
    List<String> envFiles = new ArrayList<>();

    @Option(names = "--strict-env", description = "A required variable without a value (${VAR:?}) is an error,"
            + " as docker compose up would fail; default: an info \"needs VAR at deploy time\".")
    boolean strictEnv;

    @Option(names = "--allow-outside", paramLabel = "DIR",
            description = "Also read files under DIR, outside the workspace root (repeatable).")
    List<String> allowOutside = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "Profile to analyse (repeatable; default: every profile).")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT[:FILE]",
            description = "Report format: text, json, sarif, checkstyle, junit, github, codeclimate or html, written to "
                    + "FILE when given, else to standard output (repeatable; default: text). When every report "
                    + "goes to a file, a one-line summary goes to standard error.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report of the one --format without a FILE to FILE.")
    String output;

    @Option(names = "--max-warnings", paramLabel = "N",
            description = "Also exit 1 when there are more than N warnings (default: -1, no limit).")
    int maxWarnings = -1;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: the nearest .composelint.yaml upwards).")
    String config;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 on findings at or above LEVEL: error, warning, info or never (default: error).")
    String failOn;

    @Option(names = "--preset", paramLabel = "NAME",
            description = "Rule preset: recommended, security, strict, style or all (repeatable; default: the "
                    + "configuration's presets, else recommended).")
    List<String> presets = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE", description = "Enable a rule (repeatable).")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "RULE", description = "Disable a rule (repeatable).")
    List<String> disable = new ArrayList<>();

    @Option(names = "--fix", description = "Apply the safe fixes, then report the findings that remain.")
    boolean fix;

    @Option(names = "--fix-dry-run", description = "Print the fixes as a unified diff and change nothing"
            + " (exit 1 when there is something to fix).")
    boolean fixDryRun;

    @Option(names = "--unsafe-fixes", description = "With --fix or --fix-dry-run, also apply the fixes marked unsafe.")
    boolean unsafeFixes;

    @Option(names = "--list-rules", description = "List the rules and exit.")
    boolean listRules;

    @Option(names = "--list-projects", description = "Print every project that would be linted (files in merge order,"
            + " env files, profiles, and why they are grouped so) and exit.")
    boolean listProjects;

    @Option(names = "--explain", paramLabel = "RULE", description = "Print a rule's documentation and exit.")
    String explain;

    @Option(names = "--no-color", description = "No ANSI colors (also when NO_COLOR is set or output is piped).")
    boolean noColor;

    @Option(names = {"-q", "--quiet"},
            description = "Report errors only: warnings and info are neither shown nor counted for --fail-on, "
                    + "and a clean text report prints nothing.")
    boolean quiet;

    /** Set by the {@code graph} subcommand: draw the workspace in this format instead of reporting. */
    String graphFormat;
}
