package dev.composelint.core.sidecar;

import dev.composelint.core.sidecar.common.MountMap;
import dev.composelint.core.model.ImageRef;
import dev.composelint.core.model.Mount;
import dev.composelint.core.model.Service;

/** What the image and mounts of a service say about the tool it runs and where its config lives. */
final class ServiceArgs {

    private ServiceArgs() {
    }

    /** The last path component of the service's image repository, or null without an image. */
    static String imageName(Service service) {
        ImageRef image = service.imageRef();
        return image == null ? null : image.lastComponent();
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
}
