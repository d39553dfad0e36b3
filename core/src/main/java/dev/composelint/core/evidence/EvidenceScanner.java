package dev.composelint.core.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the repository's own account of how it runs its compose files: shell scripts, Makefiles, justfiles,
 * Taskfiles, GitHub and GitLab CI definitions, shell code blocks of Markdown files, {@code .env} and env templates.
 */
public final class EvidenceScanner {

    /** Files larger than this are skipped. */
    static final long MAX_FILE_BYTES = 1024 * 1024;
    /** Lines longer than this are not read by the line-oriented readers (Markdown, env files, Makefiles). */
    static final int MAX_LINE = 16 * 1024;

    enum FileKind { SCRIPT, SCRIPT_IF_SHEBANG, MAKEFILE, JUSTFILE, TASKFILE, GITHUB_WORKFLOW, GITLAB_CI, MARKDOWN, ENV }

    private static final Set<String> ENV_NAMES = Set.of(".env", ".env.example", ".env.sample", ".env.dist",
            ".env.template", "env.example", "env.sample", "env.dist", "example.env");
    private static final List<String> ENV_SUFFIXES = List.of(".env.example", ".env.sample", ".env.dist",
            ".env.template");
    private static final Set<String> SCRIPT_DIRECTORIES = Set.of("scripts", "script", "bin", "hack");
    private static final Set<String> TASKFILES = Set.of("taskfile.yml", "taskfile.yaml", "taskfile.dist.yml",
            "taskfile.dist.yaml");

    private EvidenceScanner() {
    }

    /**
     * True when a file (path relative to the workspace root) is one the scanner reads: shell scripts, Makefiles,
     * justfiles, Taskfiles, CI definitions, Markdown, .env and env templates. Name and extension only, no I/O.
     */
    public static boolean isEvidenceFile(Path relative) {
        return kind(relative) != null;
    }

    static FileKind kind(Path relative) {
        if (relative == null || relative.getFileName() == null) return null;
        String name = relative.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (ENV_NAMES.contains(lower) || endsWithAny(lower, ENV_SUFFIXES)) return FileKind.ENV;
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) return FileKind.MARKDOWN;
        if (lower.equals("makefile") || name.equals("GNUmakefile") || lower.endsWith(".mk")) return FileKind.MAKEFILE;
        if (lower.equals("justfile") || lower.equals(".justfile")) return FileKind.JUSTFILE;
        if (TASKFILES.contains(lower)) return FileKind.TASKFILE;
        if (lower.equals(".gitlab-ci.yml") || lower.equals(".gitlab-ci.yaml")) return FileKind.GITLAB_CI;
        if ((lower.endsWith(".yml") || lower.endsWith(".yaml")) && isWorkflowDirectory(relative.getParent())) {
            return FileKind.GITHUB_WORKFLOW;
        }
        if (lower.endsWith(".sh") || lower.endsWith(".bash") || lower.endsWith(".zsh")) return FileKind.SCRIPT;
        if (name.indexOf('.') < 0 && underScriptDirectory(relative.getParent())) return FileKind.SCRIPT_IF_SHEBANG;
        return null;
    }

    /** A loop, not a stream: discovery asks this of every file of the tree. */
    private static boolean endsWithAny(String name, List<String> suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix)) return true;
        }
        return false;
    }

    private static boolean isWorkflowDirectory(Path parent) {
        if (parent == null || parent.getFileName() == null || !parent.getFileName().toString().equals("workflows")) {
            return false;
        }
        Path github = parent.getParent();
        return github != null && github.getFileName() != null && github.getFileName().toString().equals(".github");
    }

    private static boolean underScriptDirectory(Path parent) {
        if (parent == null) return false;
        for (Path part : parent) {
            if (SCRIPT_DIRECTORIES.contains(part.toString())) return true;
        }
        return false;
    }

    /**
     * Reads the given files (absolute, under root) and returns every fact found. Never throws. Reads each file
     * only if it is a regular file of at most 1 MiB, without following symlinks out of root.
     */
    public static Evidence scan(Path root, List<Path> files) {
        return scanCounting(root, files).evidence();
    }

    /** What one scan found, with the number of commands dropped because a file argument was unresolved. */
    record Result(Evidence evidence, int unresolvedDropped) {
    }

    static Result scanCounting(Path root, List<Path> files) {
        try {
            Path base = root.toAbsolutePath().normalize();
            Path realBase = realPath(base);
            Collector collector = new Collector(base);
            List<Path> ordered = new ArrayList<>(files);
            ordered.sort(Comparator.comparing(Path::toString));
            for (Path file : ordered) {
                try {
                    scanFile(collector, base, realBase, file.toAbsolutePath().normalize());
                } catch (RuntimeException | StackOverflowError e) {
                    // an unreadable or unexpected file adds no facts; the others still count
                }
            }
            return new Result(collector.evidence(), collector.unresolvedDropped);
        } catch (RuntimeException e) {
            return new Result(Evidence.EMPTY, 0);
        }
    }

    private static void scanFile(Collector collector, Path root, Path realRoot, Path file) {
        if (!file.startsWith(root) || file.equals(root)) return;
        FileKind kind = kind(root.relativize(file));
        if (kind == null) return;
        String content = read(file, realRoot);
        if (content == null) return;
        SourceText source = new SourceText(file, content);
        switch (kind) {
            case ENV -> EnvTemplateReader.read(collector, source);
            case SCRIPT -> script(collector, source);
            case SCRIPT_IF_SHEBANG -> {
                if (hasShellShebang(content)) script(collector, source);
            }
            case MAKEFILE -> MakefileReader.read(collector, source);
            case JUSTFILE -> JustfileReader.read(collector, source);
            case TASKFILE -> YamlEvidenceReader.taskfile(collector, source);
            case GITHUB_WORKFLOW -> YamlEvidenceReader.githubWorkflow(collector, source);
            case GITLAB_CI -> YamlEvidenceReader.gitlabCi(collector, source);
            case MARKDOWN -> MarkdownReader.read(collector, source);
        }
    }

    private static void script(Collector collector, SourceText source) {
        new ShellSession(collector, source, ShellSession.Origin.SCRIPT, null, Map.of())
                .run(new Snippet().appendRange(source, 0, source.content.length()));
    }

    static boolean hasShellShebang(String content) {
        if (!content.startsWith("#!")) return false;
        int end = content.indexOf('\n');
        String line = content.substring(2, end < 0 ? Math.min(content.length(), 200) : Math.min(end, 200));
        for (String shell : List.of("/sh", "bash", "zsh", "dash", "ksh", " sh")) {
            if (line.contains(shell)) return true;
        }
        return line.endsWith("sh");
    }

    /** The file's text, or null when it is not a regular file inside the root, is too large, or is binary. */
    static String read(Path file, Path realRoot) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot)) return null;
            if (attributes.isSymbolicLink()) {
                attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            }
            if (!attributes.isRegularFile() || attributes.size() > MAX_FILE_BYTES) return null;
            byte[] bytes;
            try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) return null;
            for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                if (bytes[i] == 0) return null;
            }
            String text = decode(bytes);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | RuntimeException e) {
            return path;
        }
    }
}
