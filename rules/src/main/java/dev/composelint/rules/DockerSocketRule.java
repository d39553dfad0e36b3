package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.Mount;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A bind mount of the Docker daemon's socket (or the directory holding it): the container can start a privileged
 * container with the host's root filesystem, so it is root on the host, read-only or not.
 */
public final class DockerSocketRule implements Rule {

    private static final RuleMeta META = new RuleMeta("docker-socket",
            "A service mounts the Docker socket", Category.SECURITY, Severity.ERROR, null, List.of(),
            RuleSupport.SECURITY_RECOMMENDED);

    private static final Set<String> SOCKET_DIRECTORIES = Set.of("/var/run", "/run");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        RuleSupport.services(context, (project, service) -> {
            for (Mount mount : service.mounts()) {
                if (!mount.isBind() || !isSocket(mount)) continue;
                context.at(mount.location(), "service " + service.name() + " mounts the Docker socket ("
                                + mount.rawSource() + "), which gives it root on the host"
                                + (mount.readOnly() ? " even read-only, since the API still starts containers" : "")
                                + "; remove the mount, or put a socket proxy that allows only the API calls it"
                                + " needs in between")
                        .profiles(service.profiles())
                        .report();
            }
        });
    }

    static boolean isSocket(Mount mount) {
        String raw = mount.rawSource() == null ? "" : mount.rawSource().replace('\\', '/');
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("/pipe/docker_engine")) return true;
        if (!(raw.startsWith("/") || raw.startsWith("~") || raw.startsWith("$"))) return false;
        String path = trimSlashes(mount.source() == null ? raw : mount.source().replace('\\', '/'));
        return path.endsWith("/docker.sock") || SOCKET_DIRECTORIES.contains(path);
    }

    private static String trimSlashes(String path) {
        String p = path.replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
