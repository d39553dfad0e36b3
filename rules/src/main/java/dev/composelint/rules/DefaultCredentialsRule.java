package dev.composelint.rules;

import dev.composelint.core.Fix;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.fix.YamlEdits;
import dev.composelint.core.model.EnvVar;
import dev.composelint.core.model.ImageRef;
import dev.composelint.core.model.PortMapping;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service left with a well-known default password: Grafana's admin/admin, MinIO's minioadmin, Postgres trusting
 * every connection on a published port, RabbitMQ's guest/guest on a published port, or any password variable set
 * to a default such as {@code changeme}. Nothing breaks, so never an error: a warning when the service is
 * reachable from other machines, an info when only the host and its containers reach it.
 */
public final class DefaultCredentialsRule implements Rule {

    private static final RuleMeta META = new RuleMeta("default-credentials",
            "A service runs with a well-known default password", Category.SECURITY, Severity.WARNING);

    static final Set<String> WELL_KNOWN = Set.of("admin", "password", "changeme", "minioadmin", "guest", "root",
            "secret", "postgres", "123456");
    private static final Set<String> MINIO = Set.of("minio/minio", "bitnami/minio", "quay.io/minio/minio");
    private static final Set<String> POSTGRES = Set.of("postgres", "postgis");
    /** {@code ${VAR:-default}} or {@code ${VAR-default}} as the whole value. */
    private static final Pattern FALLBACK = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?-([^}$]*)}");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (Project project : context.workspace().projects()) {
            for (Service service : project.services().values()) {
                if (!project.analyses(service)) continue;
                new Check(context, service).run();
            }
        }
    }

    /** The findings of one service; each environment entry is reported at most once. */
    private static final class Check {
        private final RuleContext context;
        private final Service service;
        private final Set<Source> reported = new HashSet<>();

        Check(RuleContext context, Service service) {
            this.context = context;
            this.service = service;
        }

        void run() {
            ImageRef image = service.imageRef();
            if (image != null) {
                if (image.isGrafana()) grafana();
                if (MINIO.contains(image.familiarName())) minio();
                if (POSTGRES.contains(image.lastComponent())) postgres();
                if (image.familiarName().equals("rabbitmq")) rabbitmq();
            }
            for (EnvVar variable : service.environment().values()) {
                String name = variable.name().toUpperCase(Locale.ROOT);
                if (!(name.contains("PASS") || name.contains("SECRET")) || name.endsWith("_FILE")) continue;
                String weak = defaultValue(variable, WELL_KNOWN);
                if (weak == null) continue;
                reportEntry(variable, weak, "a well-known default password");
            }
        }

        private void grafana() {
            EnvVar password = service.environment().get("GF_SECURITY_ADMIN_PASSWORD");
            if (password == null && !has("GF_SECURITY_ADMIN_PASSWORD__FILE")) {
                if (!service.envFiles().isEmpty()) return;
                reportUnset("sets no GF_SECURITY_ADMIN_PASSWORD, so Grafana starts with its default login"
                        + " admin/admin", "GF_SECURITY_ADMIN_PASSWORD",
                        "GF_SECURITY_ADMIN_PASSWORD__FILE");
            } else if (password != null && isEmptyLiteral(password)) {
                // Grafana ignores an empty override and keeps admin.
                reportEntry(password, " is empty, so Grafana keeps its default admin password \"admin\"");
            } else if (password != null) {
                String weak = defaultValue(password, Set.of("admin"));
                if (weak != null) reportEntry(password, weak, "Grafana's default admin password");
            }
        }

        private void minio() {
            EnvVar root = service.environment().get("MINIO_ROOT_PASSWORD");
            EnvVar legacy = service.environment().get("MINIO_SECRET_KEY");
            if (root == null && legacy == null && !has("MINIO_ROOT_PASSWORD_FILE") && !has("MINIO_SECRET_KEY_FILE")) {
                if (!service.envFiles().isEmpty()) return;
                reportUnset("sets no MINIO_ROOT_PASSWORD, so MinIO starts with its default root credentials"
                        + " minioadmin:minioadmin", "MINIO_ROOT_PASSWORD",
                        "MINIO_ROOT_PASSWORD_FILE");
                return;
            }
            for (EnvVar password : new EnvVar[] {root, legacy}) {
                if (password == null) continue;
                String weak = defaultValue(password, Set.of("minioadmin"));
                if (weak != null) reportEntry(password, weak, "MinIO's default root password");
            }
        }

        private void postgres() {
            EnvVar method = service.environment().get("POSTGRES_HOST_AUTH_METHOD");
            if (method == null || method.value() == null || service.ports().isEmpty()) return;
            if (!method.value().trim().equalsIgnoreCase("trust")) return;
            reported.add(method.source());
            context.at(method.source(), "service " + service.name() + " sets POSTGRES_HOST_AUTH_METHOD=trust and"
                            + " publishes a port, so anyone who reaches that port logs in as any user without a"
                            + " password; remove it and set POSTGRES_PASSWORD_FILE with `secrets:` or"
                            + " POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}")
                    .severity(severity())
                    .profiles(service.profiles())
                    .report();
        }

        private void rabbitmq() {
            if (service.ports().isEmpty() || has("RABBITMQ_DEFAULT_PASS_FILE")) return;
            EnvVar user = service.environment().get("RABBITMQ_DEFAULT_USER");
            EnvVar pass = service.environment().get("RABBITMQ_DEFAULT_PASS");
            boolean unknown = !service.envFiles().isEmpty();
            boolean guestUser = user == null ? !unknown : defaultValue(user, Set.of("guest")) != null;
            boolean guestPass = pass == null ? !unknown : defaultValue(pass, Set.of("guest")) != null;
            if (!guestUser || !guestPass) return;
            String what = "publishes a port while RabbitMQ keeps its default login guest/guest, which the official"
                    + " image accepts from any address";
            String advice = "; set RABBITMQ_DEFAULT_USER and RABBITMQ_DEFAULT_PASS: ${RABBITMQ_DEFAULT_PASS:?set"
                    + " RABBITMQ_DEFAULT_PASS}, or load them from a `secrets:` file";
            Source at = pass != null ? pass.source() : image();
            reported.add(at);
            context.at(at, "service " + service.name() + " " + what + advice).severity(severity())
                    .profiles(service.profiles()).report();
        }

        private void reportUnset(String what, String variable, String fileVariable) {
            context.at(image(), "service " + service.name() + " " + what + "; set " + fileVariable
                            + " to a file mounted with `secrets:`, or "
                            + variable + ": ${" + variable + ":?set " + variable + "}")
                    .severity(severity())
                    .profiles(service.profiles())
                    .report();
        }

        private void reportEntry(EnvVar variable, String weak, String kind) {
            boolean fallback = variable.rawValue() != null && variable.rawValue().contains("$");
            reportEntry(variable, fallback ? " falls back to " + kind + " \"" + weak + "\" when the variable is unset"
                    : " is set to " + kind + " \"" + weak + "\"", requireFix(variable));
        }

        private void reportEntry(EnvVar variable, String how) {
            reportEntry(variable, how, (Fix) null);
        }

        /**
         * Replaces the written value with {@code ${NAME:?set NAME}}, which refuses to start without a value: only a
         * one-line scalar, as a {@code NAME: value} entry or a {@code NAME=value} list item.
         */
        private Fix requireFix(EnvVar variable) {
            Source at = variable.source();
            String name = variable.name();
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*") || !at.hasEnd() || at.endLine() != at.line()) return null;
            String required = "${" + name + ":?set " + name + "}";
            return YamlEdits.read(context.workspace().files(), at.file()).map(edits -> {
                String line = edits.line(at.line());
                int from = line.offsetByCodePoints(0, Math.min(at.column() - 1, line.codePointCount(0, line.length())));
                int to = line.offsetByCodePoints(0, Math.min(at.endColumn() - 1, line.codePointCount(0, line.length())));
                String written = line.substring(from, to);
                String replacement;
                if (written.equals(name) || written.equals("\"" + name + "\"") || written.equals("'" + name + "'")) {
                    return valueAfterKey(edits, at.line(), line, to, required);
                }
                if (written.startsWith(name + "=")) {
                    replacement = name + "=" + required;
                } else if (written.startsWith("\"" + name + "=") || written.startsWith("'" + name + "=")) {
                    replacement = written.charAt(0) + name + "=" + required + written.charAt(0);
                } else if (written.startsWith("\"") || written.startsWith("'")) {
                    replacement = written.charAt(0) + required + written.charAt(0);
                } else if (!written.isEmpty() && !written.startsWith("&") && !written.startsWith("*")
                        && !written.startsWith("!") && !written.startsWith("|") && !written.startsWith(">")) {
                    replacement = required;
                } else {
                    return null;
                }
                return Fix.unsafe("require " + name + " from the environment: " + required,
                        List.of(edits.replace(at.line(), at.column(), at.endColumn(), replacement)));
            }).orElse(null);
        }

        /** The fix for {@code KEY: value}: the value from after the colon to a comment or the end of the line. */
        private static Fix valueAfterKey(YamlEdits edits, int lineNumber, String line, int keyEnd, String required) {
            int i = keyEnd;
            while (i < line.length() && line.charAt(i) == ' ') i++;
            if (i >= line.length() || line.charAt(i) != ':') return null;
            i++;
            while (i < line.length() && line.charAt(i) == ' ') i++;
            int start = i;
            if (start >= line.length() || "&*!|>#{[".indexOf(line.charAt(start)) >= 0) return null;
            int end;
            char first = line.charAt(start);
            String replacement = required;
            if (first == '"' || first == '\'') {
                end = line.indexOf(first, start + 1) + 1;
                if (end <= 0 || first == '\'' && end < line.length() && line.charAt(end) == '\'') return null;
                replacement = first + required + first;
            } else {
                int comment = line.indexOf(" #", start);
                end = comment < 0 ? line.length() : comment;
                while (end > start && line.charAt(end - 1) == ' ') end--;
            }
            int from = line.codePointCount(0, start) + 1;
            int to = line.codePointCount(0, end) + 1;
            String name = required.substring(2, required.indexOf(':'));
            return Fix.unsafe("require " + name + " from the environment: " + required,
                    List.of(edits.replace(lineNumber, from, to, replacement)));
        }

        private void reportEntry(EnvVar variable, String how, Fix fix) {
            if (!reported.add(variable.source())) return;
            context.at(variable.source(), "environment variable " + variable.name() + " of service " + service.name()
                            + how + ", which anyone can guess; supply a secret instead, through a *_FILE variable"
                            + " and `secrets:` where the image supports it, or " + variable.name() + ": ${"
                            + variable.name() + ":?set " + variable.name() + "}")
                    .fix(fix)
                    .severity(severity())
                    .profiles(service.profiles())
                    .report();
        }

        private static boolean isEmptyLiteral(EnvVar variable) {
            String raw = variable.rawValue();
            return raw != null && !raw.contains("$") && (variable.value() == null || variable.value().isBlank());
        }

        /**
         * A warning when the service is reachable from other machines (a port published on every interface, or the
         * host's network); else an info: only the host and the project's containers reach it.
         */
        private Severity severity() {
            if (service.networkMode() != null && "host".equals(service.networkMode().value())) return Severity.WARNING;
            for (PortMapping port : service.ports()) {
                if (port.published() == null) continue;
                if (port.onEveryInterface()) return Severity.WARNING;
            }
            return Severity.INFO;
        }

        private boolean has(String variable) {
            return service.environment().containsKey(variable);
        }

        private Source image() {
            return service.image() != null ? service.image().source() : service.source();
        }
    }

    /**
     * The default in {@code defaults} this entry's value is, as written: a literal value (compared without case),
     * or the fallback of {@code ${VAR:-value}}; null when not a default or when the value comes from elsewhere.
     */
    static String defaultValue(EnvVar variable, Set<String> defaults) {
        String raw = variable.rawValue();
        if (raw == null) return null;
        String candidate;
        if (raw.contains("$")) {
            Matcher fallback = FALLBACK.matcher(raw.trim());
            if (!fallback.matches()) return null;
            candidate = fallback.group(1);
        } else {
            candidate = variable.value();
        }
        if (candidate == null) return null;
        String lower = candidate.trim().toLowerCase(Locale.ROOT);
        return defaults.contains(lower) ? lower : null;
    }
}
