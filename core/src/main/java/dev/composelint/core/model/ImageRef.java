package dev.composelint.core.model;

import java.util.Locale;
import java.util.Set;

/**
 * An image reference split and normalised the way Docker's reference parser does it: a first path component
 * with a dot or a colon, {@code localhost}, or an upper-case letter is a registry host (lower-cased here, with
 * its port); otherwise the registry is Docker Hub ({@code docker.io}, also spelled {@code index.docker.io} or, by
 * its API host, {@code registry-1.docker.io}), where a single-component name is an official image under
 * {@code library/}. The repository path is lower-cased (Docker accepts no other); tag and digest are kept as
 * written. A part holding {@code $} (a value that was not interpolated, such as a Dockerfile's
 * {@code FROM ${BASE}}) is kept as written and makes {@link #hasUnknownPart()} true; an empty or variable first
 * component before a {@code /} is taken for an unknown registry.
 *
 * @param text     the reference as written, trimmed
 * @param registry the registry host, lower case, with port; {@code docker.io} for Docker Hub
 * @param path     the repository path, lower case, with {@code library/} for official images
 * @param tag      the tag, or null when none is written (an empty tag stays empty: {@code redis:} after an unset
 *                 {@code ${TAG}})
 * @param digest   the digest such as {@code sha256:...}, or null
 */
public record ImageRef(String text, String registry, String path, String tag, String digest) {

    public static final String DOCKER_HUB = "docker.io";
    private static final Set<String> DOCKER_HUB_ALIASES = Set.of(DOCKER_HUB, "index.docker.io",
            "registry-1.docker.io");
    private static final String OFFICIAL = "library/";
    /** The last path components of the Grafana images (OSS, Enterprise and the generic name). */
    private static final Set<String> GRAFANA = Set.of("grafana", "grafana-oss", "grafana-enterprise");

    /** The parsed reference, or null for null or blank text. */
    public static ImageRef parse(String text) {
        if (text == null || text.isBlank()) return null;
        String ref = text.trim();
        String digest = null;
        int at = ref.indexOf('@');
        if (at >= 0) {
            digest = ref.substring(at + 1);
            ref = ref.substring(0, at);
        }
        String tag = null;
        int colon = ref.lastIndexOf(':');
        if (colon > ref.lastIndexOf('/')) {
            tag = ref.substring(colon + 1);
            ref = ref.substring(0, colon);
        }
        String registry = DOCKER_HUB;
        String path = ref;
        int slash = ref.indexOf('/');
        if (slash >= 0 && isRegistry(ref.substring(0, slash))) {
            registry = ref.substring(0, slash).toLowerCase(Locale.ROOT);
            path = ref.substring(slash + 1);
            if (DOCKER_HUB_ALIASES.contains(registry)) registry = DOCKER_HUB;
        }
        path = path.toLowerCase(Locale.ROOT);
        if (registry.equals(DOCKER_HUB) && path.indexOf('/') < 0) path = OFFICIAL + path;
        return new ImageRef(text.trim(), registry, path, tag, digest);
    }

    private static boolean isRegistry(String component) {
        return component.isEmpty() || component.contains(".") || component.contains(":") || component.contains("$")
                || component.equals("localhost") || !component.toLowerCase(Locale.ROOT).equals(component);
    }

    /** The repository as written, without tag or digest: {@code prom/prometheus} for {@code prom/prometheus:v2}. */
    public String name() {
        int end = text.indexOf('@');
        String withoutDigest = end < 0 ? text : text.substring(0, end);
        return tag == null ? withoutDigest : withoutDigest.substring(0, withoutDigest.length() - tag.length() - 1);
    }

    /**
     * The short name Docker shows: without the Docker Hub registry and the {@code library/} prefix of official
     * images ({@code redis}, {@code grafana/grafana}), with any other registry ({@code quay.io/minio/minio}).
     */
    public String familiarName() {
        if (!registry.equals(DOCKER_HUB)) return registry + "/" + path;
        if (path.startsWith(OFFICIAL) && path.indexOf('/', OFFICIAL.length()) < 0) {
            return path.substring(OFFICIAL.length());
        }
        return path;
    }

    /** The last path component: {@code grafana} for {@code grafana/grafana:11.0.0}. */
    public String lastComponent() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * The full reference for comparing two references to one image: registry, path, tag ({@code latest} when
     * neither a tag nor a digest is written) and digest.
     */
    public String canonical() {
        String full = registry + "/" + path;
        if (tag != null) full += ":" + tag;
        else if (digest == null) full += ":latest";
        return digest == null ? full : full + "@" + digest;
    }

    /**
     * True when the image is {@code repository} (a path such as {@code prom/alertmanager}) on any registry,
     * including a mirror that prefixes the path ({@code mirror.example.com/dockerhub/prom/alertmanager}).
     */
    public boolean isRepository(String repository) {
        return path.equals(repository) || path.endsWith("/" + repository);
    }

    /** True for a Grafana image (OSS or Enterprise) on any registry. */
    public boolean isGrafana() {
        return GRAFANA.contains(lastComponent());
    }

    /** True when a part of the reference was not interpolated (it holds {@code $}). */
    public boolean hasUnknownPart() {
        return text.contains("$");
    }
}
