package dev.composelint.core.model;

import dev.composelint.core.Source;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Why a project is linted with exactly these files: the command line, the configuration, the repository's own
 * evidence (a script, a README, a CI file), or discovery's pairing rule; with the env files and profiles it was
 * loaded with, and whether it is a swarm stack ({@code docker stack deploy} semantics).
 *
 * @param kind     where the grouping comes from
 * @param reason   one readable sentence, e.g. "run as `docker compose -f a -f b` in Makefile:12"
 * @param evidence the places that show the grouping (empty for pairing rules)
 * @param envFiles the env files the project was loaded with, in order
 * @param profiles the profiles named where it is run (informational: every profile is analysed unless chosen)
 * @param stack    true when loaded as a swarm stack
 */
public record ProjectOrigin(Kind kind, String reason, List<Source> evidence, List<Path> envFiles,
                            Set<String> profiles, boolean stack) {

    public enum Kind {
        /** {@code -f} files or a file PATH given on the command line. */
        COMMAND_LINE,
        /** A {@code projects:} entry of {@code .composelint.yaml}. */
        CONFIGURED,
        /** A command line found in the repository (script, Makefile, CI, docs, env template). */
        EVIDENCE,
        /** A directory's default files (or its COMPOSE_FILE). */
        DEFAULT_FILES,
        /** An overlay or fragment merged onto the base that completes it. */
        PAIRED,
        /** A complete compose file of its own. */
        STANDALONE
    }

    public static final ProjectOrigin UNKNOWN =
            new ProjectOrigin(Kind.STANDALONE, "loaded alone", List.of(), List.of(), Set.of(), false);

    public ProjectOrigin {
        evidence = List.copyOf(evidence);
        envFiles = List.copyOf(envFiles);
        profiles = Set.copyOf(profiles);
    }
}
