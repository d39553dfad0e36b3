package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.Mount;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.List;
import java.util.Set;

/**
 * A bind mount of a host directory that holds the host's configuration, kernel interfaces, users' files or keys:
 * the root filesystem, {@code /etc}, {@code /proc}, {@code /sys}, {@code /root}, {@code /home},
 * {@code /var/lib/docker}, {@code /boot}, an {@code .ssh} directory, or the password and sudo files.
 */
public final class SensitiveHostMountRule implements Rule {

    private static final RuleMeta META = new RuleMeta("sensitive-host-mount",
            "A service mounts a sensitive host directory", Category.SECURITY, Severity.WARNING, null, List.of(),
            RuleSupport.SECURITY_RECOMMENDED);

    private static final Set<String> EXACT = Set.of("/", "/etc", "/proc", "/sys", "/root", "/home",
            "/var/lib/docker", "/boot", "/etc/shadow", "/etc/gshadow", "/etc/sudoers", "/etc/sudoers.d");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        RuleSupport.services(context, (project, service) -> {
            for (Mount mount : service.mounts()) {
                if (!mount.isBind() || DockerSocketRule.isSocket(mount) || !sensitive(mount)) continue;
                context.at(mount.location(), "service " + service.name() + " mounts the host's " + mount.rawSource()
                                + (mount.readOnly() ? " (read-only)" : "") + ", which exposes the host's "
                                + "configuration, credentials or kernel to the container; mount only the files it"
                                + " needs" + (mount.readOnly() ? "" : ", read-only"))
                        .profiles(service.profiles())
                        .report();
            }
        });
    }

    static boolean sensitive(Mount mount) {
        String raw = mount.rawSource() == null ? "" : mount.rawSource();
        if (raw.startsWith("~")) {
            String home = raw.replaceAll("/+$", "");
            return home.equals("~") || home.endsWith("/.ssh") || home.contains("/.ssh/");
        }
        if (!raw.startsWith("/")) return false;
        String path = mount.source() == null ? raw : mount.source().replace('\\', '/').replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) path = path.substring(0, path.length() - 1);
        return EXACT.contains(path) || path.startsWith("/root/") || path.endsWith("/.ssh")
                || path.contains("/.ssh/");
    }
}
