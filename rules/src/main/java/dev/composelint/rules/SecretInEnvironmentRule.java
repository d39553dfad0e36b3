package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.EnvVar;
import dev.composelint.core.model.ImageRef;
import dev.composelint.core.model.Service;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A secret written into the compose file: a literal value for an environment variable, build argument or label
 * whose name says it holds a secret, or a URL with a literal password. Findings name the key, never the value.
 * Well-known default passwords are left to {@code default-credentials}.
 */
public final class SecretInEnvironmentRule implements Rule {

    private static final RuleMeta META = new RuleMeta("secret-in-environment",
            "A secret is written literally into the compose file", Category.SECURITY, Severity.ERROR, null,
            List.of(), RuleSupport.SECURITY_RECOMMENDED);

    /** Words that, as the last word of a name, say the value is a secret. */
    private static final Set<String> SECRET_WORDS = Set.of("PASSWORD", "PASSWD", "PASS", "PASSPHRASE", "SECRET",
            "TOKEN", "APIKEY", "CREDENTIALS", "CREDENTIAL", "PSK");
    /** Secret words that also count glued to a prefix (not PASS: BYPASS, COMPASS). */
    private static final List<String> GLUED_SUFFIXES = List.of("PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY");
    /** Words before a final KEY that make it a secret key. */
    private static final Set<String> KEY_QUALIFIERS = Set.of("API", "PRIVATE", "SECRET", "ACCESS", "ENCRYPTION",
            "SIGNING", "MASTER", "AUTH");
    private static final Pattern WORD_BOUNDARY = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])");
    /** {@code scheme://user:password@host}; the password group stops at the last {@code @} before the host. */
    private static final Pattern USERINFO = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://([^/:@\\s]*):([^/\\s]+)@");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        // the same few names recur in every service: split each name into words once
        Map<String, Boolean> secretNames = new HashMap<>();
        RuleSupport.services(context, (project, service) -> {
            for (EnvVar variable : service.environment().values()) {
                check(context, service, variable, "environment variable", secretNames);
            }
            if (service.build() != null) {
                for (EnvVar arg : service.build().args()) check(context, service, arg, "build argument", secretNames);
            }
            for (EnvVar label : service.labelEntries()) check(context, service, label, "label", secretNames);
        });
    }

    private static void check(RuleContext context, Service service, EnvVar entry, String kind,
                              Map<String, Boolean> secretNames) {
        String raw = entry.rawValue();
        String value = entry.value();
        if (raw == null || value == null || value.isBlank()) return;
        String what = null;
        if (!RuleSupport.interpolated(raw)
                && secretNames.computeIfAbsent(entry.name(), SecretInEnvironmentRule::namesSecret) && !notASecret(value)
                && !isWellKnownDefault(entry) && !namesAFile(service, entry)) {
            what = " holds a literal secret";
        } else if (urlPassword(raw)) {
            what = " holds a URL with a literal password";
        }
        if (what == null) return;
        context.at(entry.source(), kind + " " + entry.name() + " of service " + service.name() + what
                        + ", so it is in the repository and in `docker inspect`; read it from an env file kept out of"
                        + " version control or from `secrets:`, e.g. " + entry.name() + ": ${" + entry.name()
                        + ":?set " + entry.name() + "}")
                .profiles(service.profiles())
                .report();
    }

    static boolean namesSecret(String name) {
        List<String> words = new ArrayList<>();
        for (String word : WORD_BOUNDARY.split(name)) {
            if (!word.isEmpty()) words.add(word.toUpperCase(Locale.ROOT));
        }
        if (words.isEmpty()) return false;
        String last = words.get(words.size() - 1);
        if (SECRET_WORDS.contains(last)) return true;
        for (String suffix : GLUED_SUFFIXES) {
            if (last.endsWith(suffix)) return true;   // PGPASSWORD, APPSECRET
        }
        if (words.size() >= 2) {
            String previous = words.get(words.size() - 2);
            if (last.equals("KEY") && KEY_QUALIFIERS.contains(previous)) return true;
            if (last.equals("BASE") && previous.equals("KEY") && words.size() >= 3
                    && words.get(words.size() - 3).equals("SECRET")) return true;
        }
        return false;
    }

    /** Values that cannot be the secret itself: switches, file paths, obvious placeholders. */
    private static boolean notASecret(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return Set.of("true", "false", "yes", "no", "on", "off", "none", "null").contains(v)
                || v.startsWith("/") || v.startsWith("./") || v.startsWith("file:");
    }

    /**
     * Confluent's images read {@code KAFKA_SSL_*_CREDENTIALS} (and the like) as the name of a file under
     * {@code /etc/kafka/secrets} that holds the password.
     */
    private static boolean namesAFile(Service service, EnvVar entry) {
        ImageRef image = service.imageRef();
        return image != null && image.familiarName().startsWith("confluentinc/")
                && entry.name().toUpperCase(Locale.ROOT).endsWith("_CREDENTIALS");
    }

    private static boolean isWellKnownDefault(EnvVar entry) {
        return DefaultCredentialsRule.defaultValue(entry, DefaultCredentialsRule.WELL_KNOWN) != null;
    }

    private static boolean urlPassword(String raw) {
        if (raw.indexOf('@') < 0) return false;   // no userinfo without an @
        Matcher m = USERINFO.matcher(raw);
        while (m.find()) {
            String password = m.group(2);
            if (password.isEmpty() || RuleSupport.interpolated(password) || RuleSupport.interpolated(m.group(1))) {
                continue;
            }
            if (!DefaultCredentialsRule.WELL_KNOWN.contains(password.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
