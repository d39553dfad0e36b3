package dev.composelint.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/** {@code composelint graph}: the workspace as a picture, broken edges in red with the rule id. */
@Command(name = "graph", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Draws the workspace: projects as clusters, services as nodes, shared and external networks, "
                + "and edges for depends_on, Prometheus scrape targets and Alertmanagers, Grafana datasources and "
                + "Promtail clients. Edges with findings are red and labelled with the rule id.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the graph was written", "2:usage, configuration or I/O error"})
final class GraphOptions {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Compose files or directories (default: the current directory).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "mermaid, dot or svg (default: mermaid).")
    String format = "mermaid";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the graph to FILE.")
    String output;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: the nearest .composelint.yaml upwards).")
    String config;

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = "Profile to analyse (repeatable; default: every profile).")
    List<String> profiles = new ArrayList<>();

    /** The lint options that produce the findings the graph shows. */
    CliOptions toLintOptions() {
        CliOptions options = new CliOptions();
        options.paths = paths;
        options.output = output;
        options.config = config;
        options.profiles = profiles;
        options.graphFormat = format;
        return options;
    }
}
