package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.evidence.CreatedResource;
import dev.composelint.core.model.Mount;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.model.Volume;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.HostFiles;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A named volume used but never declared, a bind mount whose host source does not exist, or an external volume
 * that nothing creates.
 */
public final class MissingVolumeRule implements Rule {

    private static final RuleMeta META = new RuleMeta("missing-volume",
            "A mounted volume or host path does not exist", Category.CORRECTNESS, Severity.ERROR);

    /** Directory names that hold data a container writes: Docker creates them empty, which is what is meant. */
    private static final Set<String> RUNTIME_DIRS = Set.of("data", "db", "database", "logs", "log", "tmp", "temp",
            "cache", "storage", "uploads", "upload", "backups", "backup", "volumes", "var", "run", "state", "media",
            "certs-data", "pgdata", "mysql", "postgres", "redis", "elasticsearch", "esdata", "grafana", "prometheus",
            "loki", "minio", "output", "out", "dist", "build", "target", "node_modules", ".cache", "files");
    private static final Pattern RUNTIME_TARGET = Pattern.compile(
            "^/(var/lib|var/log|var/cache|var/run|run|tmp|data|srv/data|home/[^/]+/\\.cache)(/.*)?$"
                    + "|.*/(data|logs?|cache|tmp)$");
    private static final Pattern FILE_LIKE = Pattern.compile("[^/]+\\.[A-Za-z0-9]{1,10}");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        HostFiles hostFiles = context.hostFiles();
        for (Project project : context.workspace().projects()) {
            Declarations declarations = new Declarations(context.workspace(), project, "volumes", true);
            for (Service service : project.services().values()) {
                for (Mount mount : service.mounts()) {
                    if (mount.isNamedVolume() && project.volumes().get(mount.source()) == null) {
                        declarations.add(mount.source(), mount.location(), Map.of());
                    }
                }
            }
            for (Service service : project.services().values()) {
                for (Mount mount : service.mounts()) {
                    // A path or name that depends on a variable without a value is the user's at deploy time.
                    if (project.isUnknown(mount.location())) continue;
                    if (mount.isNamedVolume()) {
                        checkNamed(context, project, service, mount, declarations);
                    } else if (mount.isBind()) {
                        checkBind(context, hostFiles, project, service, mount);
                    }
                }
            }
        }
    }

    private void checkNamed(RuleContext context, Project project, Service service, Mount mount,
                            Declarations declarations) {
        Volume volume = project.volumes().get(mount.source());
        if (volume == null) {
            context.at(mount.location(), "service " + service.name() + " uses the named volume " + mount.source()
                            + ", which is not declared under the top-level volumes key (Compose refuses the project:"
                            + " service \"" + service.name() + "\" refers to undefined volume " + mount.source()
                            + "); declare it, or write ./" + mount.source() + " for a bind mount")
                    .fix(declarations.fix(mount.location().file(), mount.source(),
                            "add `" + mount.source() + ":` under the top-level `volumes:` key"))
                    .profiles(service.profiles())
                    .report();
            return;
        }
        if (!volume.external()) return;
        if (context.workspace().evidence().creation(CreatedResource.Kind.VOLUME, volume.name()).isPresent()) return;
        for (Project other : context.workspace().projects()) {
            for (Volume v : other.volumes().values()) {
                if (!v.external() && v.name().equals(volume.name())) return;
            }
        }
        context.at(mount.location(), "external volume " + volume.name() + " is not created by any project of the"
                        + " workspace; it must exist before `docker compose up` (create it with `docker volume create "
                        + volume.name() + "`)")
                .severity(Severity.WARNING)
                .related(volume.source(), "declared external here")
                .profiles(service.profiles())
                .report();
    }

    private void checkBind(RuleContext context, HostFiles hostFiles, Project project, Service service, Mount mount) {
        String raw = mount.rawSource();
        if (mount.source() == null || raw == null || raw.isEmpty()) return;
        Path host = Path.of(mount.source());
        Path directory = project.directory().toAbsolutePath().normalize();
        // Absolute and home paths name the host machine, not the repository.
        if (!host.startsWith(directory) || raw.startsWith("~")) return;
        if (raw.startsWith("/") && !host.startsWith(directory)) return;
        if (hostFiles.exists(host)) return;
        String name = String.valueOf(host.getFileName());
        boolean fileLike = looksLikeFile(name) || looksLikeFile(lastSegment(mount.target()));
        boolean mustExist = Boolean.FALSE.equals(mount.createHostPath());
        String relative = directory.relativize(host).toString();
        if (fileLike || mustExist) {
            if (!mustExist && hostFiles.isGenerated(host, false, composeFile(mount, project))) {
                // User-supplied: each checkout must provide it, which cannot be verified here.
                context.at(mount.location(), "the bind-mounted host path ./" + relative + " is git-ignored and"
                                + " absent here; it must be supplied before `docker compose up`, or Docker mounts an"
                                + " empty directory over " + mount.target())
                        .severity(Severity.INFO)
                        .profiles(service.profiles())
                        .report();
                return;
            }
            String what = mustExist ? "create_host_path is false, so Docker refuses to start " + service.name()
                    : "Docker will create an empty directory there and mount it over " + mount.target()
                    + ", so the container does not get the file it expects";
            context.at(mount.location(), "the bind-mounted host path ./" + relative + " does not exist; " + what
                            + "; add the file or fix the path")
                    .profiles(service.profiles())
                    .report();
            return;
        }
        if (hostFiles.isGenerated(host, true, composeFile(mount, project))
                || createdAtRunTime(directory.relativize(host), mount.target())) {
            return;
        }
        context.at(mount.location(), "the bind-mounted host directory ./" + relative + " does not exist; Docker will"
                        + " create it empty and mount it over " + mount.target() + "; add the directory (with a"
                        + " .gitkeep) or fix the path")
                .severity(Severity.WARNING)
                .profiles(service.profiles())
                .report();
    }

    /** The compose file that writes the mount: the repository holding it decides what is generated. */
    private static Path composeFile(Mount mount, Project project) {
        Path file = mount.location() == null ? null : mount.location().file();
        return file != null ? file : project.mainFile();
    }

    /** A name with an extension, except the {@code conf.d} convention for directories. */
    private static boolean looksLikeFile(String name) {
        return FILE_LIKE.matcher(name).matches() && !name.startsWith(".") && !name.endsWith(".d");
    }

    private static boolean createdAtRunTime(Path relative, String target) {
        for (Path part : relative) {
            if (RUNTIME_DIRS.contains(part.toString().toLowerCase(Locale.ROOT))) return true;
        }
        return target != null && RUNTIME_TARGET.matcher(target).matches();
    }

    private static String lastSegment(String path) {
        if (path == null) return "";
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
