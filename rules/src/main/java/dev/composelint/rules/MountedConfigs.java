package dev.composelint.rules;

import dev.composelint.core.Source;
import dev.composelint.core.model.Mount;
import dev.composelint.core.model.Project;
import dev.composelint.core.rule.HostFiles;
import dev.composelint.core.model.Resource;
import dev.composelint.core.model.ResourceRef;
import dev.composelint.core.model.Service;
import dev.composelint.core.topology.ServiceRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The text of the config files a service bind-mounts (files, the files directly inside a mounted directory, and
 * file-backed configs), read once per run and only inside the workspace boundary (unsaved buffers seen), to find where a config addresses
 * another service: as a URL host ({@code http://api:8080}, {@code user@db}) or as {@code host:port}.
 */
final class MountedConfigs {

    private static final int MAX_BYTES = 256 * 1024;
    private static final int MAX_FILES_PER_DIRECTORY = 32;

    private final Path root;
    private final HostFiles hostFiles;
    private final Map<Path, Optional<String>> texts = new HashMap<>();

    MountedConfigs(Path root, HostFiles hostFiles) {
        this.root = root;
        this.hostFiles = hostFiles;
    }

    /** Where a mounted config of {@code service} first addresses {@code target} by a name it has, or null. */
    Source naming(Service service, Project project, ServiceRef target) {
        List<String> names = new ArrayList<>();
        names.add(target.name());
        if (target.service().containerName() != null) names.add(target.service().containerName().value());
        if (target.service().hostname() != null) names.add(target.service().hostname().value());
        for (Path file : files(service, project)) {
            Optional<String> text = texts.computeIfAbsent(file, f -> hostFiles.read(f, MAX_BYTES)
                    .filter(t -> t.indexOf('\0') < 0));
            if (text.isEmpty()) continue;
            for (String name : names) {
                if (name == null || name.isEmpty()) continue;
                Matcher m = addressing(name).matcher(text.get());
                if (m.find()) return Source.of(file, line(text.get(), m.start()), column(text.get(), m.start()));
            }
        }
        return null;
    }

    /** {@code ://name}, {@code @name} or {@code name:port}, with the name not part of a longer name. */
    private static Pattern addressing(String name) {
        String quoted = Pattern.quote(name);
        return Pattern.compile("(?:://|@)" + quoted + "(?![A-Za-z0-9_.-])|(?<![A-Za-z0-9_.-])" + quoted
                + ":\\d{1,5}(?!\\d)");
    }

    private boolean inside(Path directory) {
        try {
            return directory.toRealPath().startsWith(root.toAbsolutePath().normalize().toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private List<Path> files(Service service, Project project) {
        List<Path> files = new ArrayList<>();
        for (Mount mount : service.mounts()) {
            if (!mount.isBind() || mount.source() == null) continue;
            Path source = Path.of(mount.source());
            if (!Files.isDirectory(source) && hostFiles.exists(source)) {
                files.add(source); // a regular file, or an unsaved buffer; the read refuses anything else
            } else if (Files.isDirectory(source) && inside(source)) {
                try (Stream<Path> entries = Files.list(source)) {
                    entries.filter(Files::isRegularFile).sorted().limit(MAX_FILES_PER_DIRECTORY).forEach(files::add);
                } catch (IOException | RuntimeException ignored) {
                    // an unreadable directory holds no evidence
                }
            }
        }
        for (ResourceRef ref : service.configs()) {
            Resource resource = project.configs().get(ref.source());
            if (resource != null && resource.file() != null) files.add(resource.file());
        }
        return files;
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    private static int column(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return offset - lineStart + 1;
    }
}
