package dev.composelint.core.sidecar;

import dev.composelint.core.sidecar.common.MountMap;
import dev.composelint.core.model.ImageRef;
import dev.composelint.core.model.Mount;
import dev.composelint.core.model.Service;

import java.util.List;

/** What the command line and image of a service say about the tool it runs and the config it reads. */
final class ServiceArgs {

    private ServiceArgs() {
    }

    /** The last path component of the service's image repository, or null without an image. */
    static String imageName(Service service) {
        ImageRef image = service.imageRef();
        return image == null ? null : image.lastComponent();
    }

    /**
     * The value of a Go-style flag ({@code -name value}, {@code -name=value}, with one or two dashes) in the
     * command, else in the entrypoint; the last occurrence wins. Null when absent.
     */
    static String flag(Service service, String name) {
        String fromCommand = flag(service.command(), name);
        return fromCommand != null ? fromCommand : flag(service.entrypoint(), name);
    }

    private static String flag(List<String> args, String name) {
        if (args == null) return null;
        String value = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i).trim();
            String bare = arg.startsWith("--") ? arg.substring(2) : arg.startsWith("-") ? arg.substring(1) : null;
            if (bare == null) continue;
            if (bare.startsWith(name + "=")) {
                value = unquote(bare.substring(name.length() + 1));
            } else if (bare.equals(name) && i + 1 < args.size()) {
                value = unquote(args.get(i + 1).trim());
            }
        }
        return value == null || value.isEmpty() ? null : value;
    }

    /** True when one of the service's mounts lands at or below {@code containerDir}. */
    static boolean mountsBelow(Service service, String containerDir) {
        for (Mount mount : service.mounts()) {
            if (mount.target() == null) continue;
            String target = MountMap.normalize(mount.target());
            if (target.equals(containerDir) || target.startsWith(containerDir + "/")) return true;
        }
        return false;
    }

    /** An absolute container path; a relative one is taken relative to {@code workingDirectory}. */
    static String absolute(String path, String workingDirectory) {
        return MountMap.normalize(path.startsWith("/") ? path : workingDirectory + "/" + path);
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
