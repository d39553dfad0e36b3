package dev.composelint.rules;

import java.util.Locale;

/** Image repository names as rules compare them. */
final class Images {

    private Images() {
    }

    /** Lower case, without the default registry and library prefixes: {@code docker.io/library/redis} is redis. */
    static String normalize(String repository) {
        if (repository == null) return null;
        String r = repository.trim().toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"docker.io/", "index.docker.io/", "registry-1.docker.io/"}) {
            if (r.startsWith(prefix)) r = r.substring(prefix.length());
        }
        if (r.startsWith("library/")) r = r.substring("library/".length());
        return r;
    }

    /** The last path segment: {@code grafana} for {@code grafana/grafana}. */
    static String lastSegment(String repository) {
        if (repository == null) return null;
        return repository.substring(repository.lastIndexOf('/') + 1);
    }
}
