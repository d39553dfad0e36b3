package dev.composelint.core.dockerfile;

import dev.composelint.core.Source;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a Dockerfile says about the images it builds: its stages in order, each with its base and its last
 * {@code HEALTHCHECK} instruction.
 */
public record Dockerfile(Path file, List<Stage> stages) {

    public Dockerfile {
        stages = List.copyOf(stages);
    }

    /** A {@code HEALTHCHECK} instruction: {@code HEALTHCHECK NONE} when {@code none}, else one with a command. */
    public record Healthcheck(boolean none, Source source) {
    }

    /**
     * One {@code FROM} stage.
     *
     * @param base        the image or earlier stage it starts from, as written ({@code ${VAR}} left in)
     * @param alias       the {@code AS} name, lower-cased, or null
     * @param healthcheck the stage's last {@code HEALTHCHECK}, or null when it writes none
     */
    public record Stage(String base, String alias, Source source, Healthcheck healthcheck) {
    }

    /** How the image of the final stage (or of {@code target}, when it names a stage) gets its healthcheck. */
    public record Verdict(Healthcheck healthcheck, String baseImage, Stage stage) {
        /** True when an instruction of this Dockerfile decides (with a command, or NONE). */
        public boolean decided() {
            return healthcheck != null;
        }
    }

    /**
     * The healthcheck of the image built for {@code target} (null: the final stage): the stage's own
     * {@code HEALTHCHECK}, else that of the earlier stage it starts from, else none here and {@code baseImage}
     * names the external image it inherits from.
     */
    public Verdict verdict(String target) {
        if (stages.isEmpty()) return new Verdict(null, null, null);
        int index = stages.size() - 1;
        if (target != null) {
            int found = indexOf(target, stages.size());
            if (found >= 0) index = found;
        }
        for (int guard = 0; guard <= stages.size(); guard++) {
            Stage stage = stages.get(index);
            if (stage.healthcheck() != null) return new Verdict(stage.healthcheck(), null, stage);
            int parent = indexOf(stage.base(), index);
            if (parent < 0) return new Verdict(null, stage.base(), stage);
            index = parent;
        }
        return new Verdict(null, null, null);
    }

    /** The index of the stage named {@code name} (alias or number) among the first {@code before} stages, or -1. */
    private int indexOf(String name, int before) {
        if (name == null) return -1;
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = before - 1; i >= 0; i--) {
            if (lower.equals(stages.get(i).alias())) return i;
        }
        if (lower.matches("\\d+")) {
            try {
                int number = Integer.parseInt(lower);
                if (number < before) return number;
            } catch (NumberFormatException ignored) {
                // not a stage number
            }
        }
        return -1;
    }
}
