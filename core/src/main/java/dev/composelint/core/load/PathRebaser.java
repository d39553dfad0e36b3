package dev.composelint.core.load;

import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the relative host paths of services and resources absolute against the directory they were written
 * relative to. Used for services taken from another file by {@code extends} and for {@code include}d models,
 * whose relative paths Compose resolves against their own directory rather than the project's.
 */
final class PathRebaser {

    private PathRebaser() {
    }

    /** A whole document: services plus top-level configs and secrets. */
    static YMap document(YMap doc, Path dir) {
        YMap result = doc;
        YMap services = doc.map("services");
        if (services != null) {
            List<YEntry> entries = new ArrayList<>();
            for (YEntry e : services.entries()) {
                entries.add(e.value() instanceof YMap svc ? e.withValue(service(svc, dir)) : e);
            }
            result = result.with("services", null, new YMap(entries, services.source(), services.tag()));
        }
        for (String section : List.of("configs", "secrets")) {
            YMap resources = result.map(section);
            if (resources == null) continue;
            List<YEntry> entries = new ArrayList<>();
            for (YEntry e : resources.entries()) {
                entries.add(e.value() instanceof YMap r ? e.withValue(rebaseKey(r, "file", dir)) : e);
            }
            result = result.with(section, null, new YMap(entries, resources.source(), resources.tag()));
        }
        return result;
    }

    /** One service mapping. */
    static YMap service(YMap svc, Path dir) {
        YMap result = svc;
        if (svc.get("volumes") instanceof YSeq volumes) {
            List<YNode> items = new ArrayList<>();
            for (YNode item : volumes.items()) items.add(volume(item, dir));
            result = result.with("volumes", null, new YSeq(items, volumes.source(), volumes.tag()));
        }
        YNode build = svc.get("build");
        if (build instanceof YScalar s && s.isString() && isLocalRelative(s.asText())) {
            result = result.with("build", null, absolute(s, dir));
        } else if (build instanceof YMap m) {
            YScalar context = m.scalar("context");
            if (context != null && context.isString() && isLocalRelative(context.asText())) {
                result = result.with("build", null, m.with("context", null, absolute(context, dir)));
            }
        }
        for (String key : List.of("env_file", "label_file")) {
            YNode node = result.get(key);
            if (node instanceof YScalar s && s.isString()) {
                result = result.with(key, null, absoluteIfRelative(s, dir));
            } else if (node instanceof YSeq seq) {
                List<YNode> items = new ArrayList<>();
                for (YNode item : seq.items()) {
                    if (item instanceof YScalar s && s.isString()) items.add(absoluteIfRelative(s, dir));
                    else if (item instanceof YMap m) items.add(rebaseKey(m, "path", dir));
                    else items.add(item);
                }
                result = result.with(key, null, new YSeq(items, seq.source(), seq.tag()));
            }
        }
        return result;
    }

    private static YNode volume(YNode item, Path dir) {
        if (item instanceof YScalar s && s.isString()) {
            String spec = s.asText();
            if (spec.startsWith(".")) {
                int colon = spec.indexOf(':');
                String source = colon < 0 ? spec : spec.substring(0, colon);
                String rest = colon < 0 ? "" : spec.substring(colon);
                return new YScalar(dir.resolve(source).normalize() + rest, s.text(), s.plain(), s.source(), s.tag(), s.quote());
            }
            return item;
        }
        if (item instanceof YMap m && "bind".equals(m.text("type"))) {
            return rebaseKey(m, "source", dir);
        }
        return item;
    }

    private static YMap rebaseKey(YMap map, String key, Path dir) {
        YScalar s = map.scalar(key);
        if (s == null || !s.isString()) return map;
        return map.with(key, null, absoluteIfRelative(s, dir));
    }

    private static YScalar absoluteIfRelative(YScalar s, Path dir) {
        return isLocalRelative(s.asText()) ? absolute(s, dir) : s;
    }

    private static YScalar absolute(YScalar s, Path dir) {
        return new YScalar(dir.resolve(s.asText()).normalize().toString(), s.text(), s.plain(), s.source(), s.tag(), s.quote());
    }

    private static boolean isLocalRelative(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.startsWith("~")) return false;
        if (path.contains("://") || path.startsWith("git@") || path.startsWith("github.com/")) return false;
        if (path.length() > 1 && path.charAt(1) == ':') return false;
        return true;
    }
}
