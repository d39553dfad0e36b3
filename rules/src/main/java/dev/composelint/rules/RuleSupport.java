package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.FileLayout;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** What the single-service and single-file rules share: presets, iteration, per-finding severity. */
final class RuleSupport {

    static final Set<String> SECURITY = Set.of("security");
    static final Set<String> SECURITY_RECOMMENDED = Set.of("security", RuleMeta.RECOMMENDED);
    static final Set<String> STRICT = Set.of("strict");
    static final Set<String> STYLE = Set.of("style");

    private RuleSupport() {
    }

    /** Every service rules look at, with its project. */
    static void services(RuleContext context, BiConsumer<Project, Service> action) {
        for (Project project : context.workspace().projects()) {
            for (Service service : project.services().values()) {
                if (project.analyses(service)) action.accept(project, service);
            }
        }
    }

    /** Every compose file of the workspace once, even when several projects share it. */
    static List<ComposeFile> files(RuleContext context) {
        Map<Path, ComposeFile> files = new LinkedHashMap<>();
        for (Project project : context.workspace().projects()) {
            for (ComposeFile file : project.files()) files.putIfAbsent(file.path(), file);
        }
        return new ArrayList<>(files.values());
    }

    /** Every service as written in every compose file, once per file. */
    static void serviceLayouts(RuleContext context, Consumer<FileLayout.ServiceLayout> action) {
        for (ComposeFile file : files(context)) file.layout().services().forEach(action);
    }

    /** {@code wanted} unless the user configured another severity for the rule, which then applies to all. */
    static Severity level(RuleContext context, RuleMeta meta, Severity wanted) {
        return context.severity() == meta.defaultSeverity() ? wanted : context.severity();
    }

    /** Whether the text holds an interpolation ({@code $$} is a literal dollar). */
    static boolean interpolated(String raw) {
        return raw != null && raw.replace("$$", "").contains("$");
    }
}
