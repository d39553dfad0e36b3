package dev.composelint.core.load;

import dev.composelint.core.yaml.YEntry;
import dev.composelint.core.yaml.YMap;
import dev.composelint.core.yaml.YNode;
import dev.composelint.core.yaml.YScalar;
import dev.composelint.core.yaml.YSeq;
import dev.composelint.core.yaml.YamlParse;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What discovery needs to know of a compose file before loading it: the services it defines, the services its
 * services refer to, and whether it is complete (most services have an image, a build or an extends).
 */
record FileFacts(Set<String> services, Set<String> references, boolean complete) {

    static FileFacts of(YamlParse parse) {
        Set<String> services = new LinkedHashSet<>();
        Set<String> references = new LinkedHashSet<>();
        int runnable = 0;
        for (YNode doc : parse.documents()) {
            if (!(doc instanceof YMap m) || !(m.get("services") instanceof YMap svcs)) continue;
            for (YEntry e : svcs.entries()) {
                services.add(e.key());
                if (!(e.value() instanceof YMap s)) continue;
                if (s.has("image") || s.has("build") || s.has("extends")) runnable++;
                collectReferences(s, references);
            }
        }
        boolean complete = services.isEmpty() || runnable * 2 > services.size();
        return new FileFacts(services, references, complete);
    }

    /** True when the file refers to one of {@code others} that it does not define itself. */
    boolean refersToAny(Set<String> others) {
        for (String ref : references) {
            if (!services.contains(ref) && others.contains(ref)) return true;
        }
        return false;
    }

    /** True when fewer than half of the file's services are also among {@code others}. */
    boolean mostlyNew(Set<String> others) {
        long redefined = services.stream().filter(others::contains).count();
        return redefined * 2 < services.size();
    }

    private static void collectReferences(YMap service, Set<String> references) {
        YNode dependsOn = service.get("depends_on");
        if (dependsOn instanceof YMap map) references.addAll(map.keys());
        if (dependsOn instanceof YSeq seq) addTexts(seq, references, false);
        if (service.get("links") instanceof YSeq links) addTexts(links, references, true);
        if (service.get("volumes_from") instanceof YSeq from) addTexts(from, references, true);
        String mode = service.text("network_mode");
        if (mode != null && mode.startsWith("service:")) references.add(mode.substring("service:".length()));
        YNode ext = service.get("extends");
        if (ext instanceof YScalar s && s.isString()) references.add(s.asText());
        if (ext instanceof YMap m && m.text("service") != null && m.text("file") == null) {
            references.add(m.text("service"));
        }
    }

    private static void addTexts(YSeq seq, Set<String> into, boolean beforeColon) {
        for (YNode item : seq.items()) {
            if (item instanceof YScalar s && s.isString()) {
                String text = s.asText();
                int colon = beforeColon ? text.indexOf(':') : -1;
                into.add(colon > 0 ? text.substring(0, colon) : text);
            }
        }
    }
}
