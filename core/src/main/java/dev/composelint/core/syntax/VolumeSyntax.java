package dev.composelint.core.syntax;

import dev.composelint.core.Source;
import dev.composelint.core.model.Mount;
import dev.composelint.core.model.MountType;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One service {@code volumes:} item as a {@link Mount}: the short syntax {@code SOURCE:TARGET[:OPTS]}
 * (compose-go {@code format.ParseVolume}) or a long-form mapping.
 *
 * <p>{@code createHostPath} is false only when {@code bind.create_host_path: false} is written: every other bind
 * mount (short form, long form with or without a {@code bind:} map) gets a missing host directory created.
 */
public final class VolumeSyntax {

    /** The mount, or an error in Compose's words (then {@code mount} is null). Both null: nothing to mount. */
    public record Parsed(Mount mount, String error) {

        static Parsed ok(Mount mount) {
            return new Parsed(mount, null);
        }

        static Parsed error(String message) {
            return new Parsed(null, message);
        }

        public boolean failed() {
            return error != null;
        }
    }

    private static final char END_OF_SPEC = '\0';

    private VolumeSyntax() {
    }

    public static Parsed parse(YNode entry, Path projectDir, String home) {
        if (entry instanceof YMap map) return parseLong(map, projectDir, home);
        if (entry instanceof YScalar scalar && scalar.isString()) {
            return parseShort(scalar.asText(), entry.source(), projectDir, home);
        }
        return new Parsed(null, null);
    }

    /** A {@code tmpfs:} entry ({@code /run} or {@code /run:size=64k}) as a tmpfs mount; null when blank. */
    public static Mount tmpfs(YNode entry) {
        String text = Values.text(entry);
        if (text == null || text.isBlank()) return null;
        int colon = text.indexOf(':');
        String target = colon >= 0 ? text.substring(0, colon) : text;
        return new Mount(MountType.TMPFS, null, null, HostPaths.clean(target), false, null, false, entry.source());
    }

    public static Parsed parseShort(String spec, Source location, Path projectDir, String home) {
        int bytes = spec.getBytes(StandardCharsets.UTF_8).length;
        if (bytes == 0) return Parsed.error("invalid empty volume spec");
        if (bytes <= 2) {
            return Parsed.ok(new Mount(MountType.VOLUME, null, null, HostPaths.clean(spec), false, null, false,
                    location));
        }
        ShortSpec parsed = new ShortSpec();
        boolean inVariable = false;
        StringBuilder buffer = new StringBuilder();
        String input = spec + END_OF_SPEC;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == ':' && buffer.length() == 1 && Character.isLetter(buffer.charAt(0))) {
                buffer.append(c); // a Windows drive letter
            } else if (c == '$') {
                inVariable = true;
                buffer.append(c);
            } else if (c == '}' && inVariable) {
                inVariable = false;
                buffer.append(c);
            } else if ((c == ':' || c == END_OF_SPEC) && !inVariable) {
                String problem = parsed.accept(buffer.toString(), c == END_OF_SPEC);
                if (problem != null) return Parsed.error("invalid spec: " + spec + ": " + problem);
                buffer.setLength(0);
            } else {
                buffer.append(c);
            }
        }
        String target = parsed.target == null ? null : HostPaths.clean(parsed.target);
        if (parsed.source == null) {
            return Parsed.ok(new Mount(MountType.VOLUME, null, null, target, parsed.readOnly, null, false, location));
        }
        if (isFilePath(parsed.source)) {
            return Parsed.ok(new Mount(MountType.BIND, HostPaths.resolve(parsed.source, projectDir, home),
                    parsed.source, target, parsed.readOnly, Boolean.TRUE, false, location));
        }
        return Parsed.ok(new Mount(MountType.VOLUME, parsed.source, parsed.source, target, parsed.readOnly, null,
                false, location));
    }

    /** The fields of a short spec filled section by section. */
    private static final class ShortSpec {
        String source;
        String target;
        boolean readOnly;

        /** Takes one section; returns a problem, or null. */
        String accept(String section, boolean last) {
            if (section.isEmpty()) return "empty section between colons";
            if (source == null && last) {
                target = section;
            } else if (source == null) {
                source = section;
            } else if (target == null) {
                target = section;
            } else if (!last) {
                return "too many colons";
            } else {
                for (String option : section.split(",")) {
                    if (option.equals("ro")) readOnly = true;
                    if (option.equals("rw")) readOnly = false;
                }
            }
            return null;
        }
    }

    /** Compose's test for a bind source: {@code .}, {@code /}, {@code ~}, a UNC path or a drive letter. */
    static boolean isFilePath(String source) {
        if (source.isEmpty()) return false;
        char first = source.charAt(0);
        return first == '.' || first == '/' || first == '~' || HostPaths.isWindowsPath(source);
    }

    private static Parsed parseLong(YMap map, Path projectDir, String home) {
        MountType type = mountType(Values.text(map.get("type")));
        if (type == null) return new Parsed(null, null);
        Source location = map.source();
        String rawSource = Values.text(map.get("source"));
        String targetText = Values.text(map.get("target"));
        String target = targetText == null ? null : HostPaths.clean(targetText);
        boolean readOnly = Values.bool(map.get("read_only"), false);
        if (type == MountType.BIND) {
            if (rawSource == null || rawSource.isEmpty()) {
                return Parsed.error("invalid mount config for type \"bind\": field Source must not be empty");
            }
            YMap bind = map.map("bind");
            boolean createHostPath = bind == null || Values.bool(bind.get("create_host_path"), true);
            return Parsed.ok(new Mount(type, HostPaths.resolve(rawSource, projectDir, home), rawSource, target,
                    readOnly, createHostPath, true, location));
        }
        String source = rawSource == null || rawSource.isEmpty() || type == MountType.TMPFS ? null : rawSource;
        return Parsed.ok(new Mount(type, source, rawSource, target, readOnly, null, true, location));
    }

    private static MountType mountType(String text) {
        if (text == null) return null;
        for (MountType type : MountType.values()) {
            if (type.id().equals(text)) return type;
        }
        return null;
    }
}
