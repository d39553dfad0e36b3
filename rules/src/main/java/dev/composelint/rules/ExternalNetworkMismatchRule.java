package dev.composelint.rules;

import dev.composelint.core.Fix;
import dev.composelint.core.Severity;
import dev.composelint.core.Source;
import dev.composelint.core.evidence.CreatedResource;
import dev.composelint.core.fix.YamlEdits;
import dev.composelint.core.model.Network;
import dev.composelint.core.model.NetworkAttachment;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;
import dev.composelint.core.topology.Topology;
import dev.composelint.core.topology.Topology.NetworkDeclaration;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@code external: true} network whose actual name no project of the workspace creates, typically because
 * Compose prefixed the creating project's name ({@code secureconnect-backend_secureconnect-net}).
 */
public final class ExternalNetworkMismatchRule implements Rule {

    private static final RuleMeta META = new RuleMeta("external-network-mismatch",
            "An external network names no network the workspace creates", Category.CORRECTNESS, Severity.ERROR);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        Topology topology = context.topology();
        for (Project project : context.workspace().projects()) {
            for (Network network : project.networks().values()) {
                if (!network.external() || !isUsed(project, network.key())) continue;
                String lookup = network.name();
                if (!topology.creatorsOf(lookup).isEmpty() || Topology.isPredefined(lookup)) continue;
                // A name that depends on a variable without a value is the user's at deploy time.
                if (project.isUnknown(network.nameSource()) || lookup.isEmpty()) continue;
                // a script, Makefile, CI file or README of the repository creates it by hand
                if (context.workspace().evidence().creation(CreatedResource.Kind.NETWORK, lookup).isPresent()) continue;
                List<NetworkDeclaration> intended = intended(topology, project, network);
                if (!intended.isEmpty()) {
                    NetworkDeclaration creator = intended.get(0);
                    String actual = creator.network().name();
                    String message = "external network " + lookup + " is not created by any project: project "
                            + creator.project().name() + " creates network " + creator.network().key() + " as "
                            + actual + ", so `docker compose up` fails with \"network " + lookup
                            + " declared as external, but could not be found\"; set `name: " + actual
                            + "` here, or pin `name: " + lookup + "` on the network in project "
                            + creator.project().name();
                    context.at(network.source(), message)
                            .related(creator.network().source(), "network " + creator.network().key()
                                    + " of project " + creator.project().name() + " is created as " + actual)
                            .fix(nameFix(context, network, actual, intended.stream()
                                    .map(d -> d.network().name()).distinct().count() == 1,
                                    "add `name: " + actual + "` to this network, or `name: " + lookup
                                    + "` to the creating declaration"))
                            .report();
                } else {
                    context.at(network.source(), "external network " + lookup + " is not created by any project of"
                                    + " the workspace; it must exist before `docker compose up` (create it with"
                                    + " `docker network create " + lookup + "`)")
                            .severity(Severity.WARNING)
                            .report();
                }
            }
        }
    }

    /**
     * Networks of other declarations that are clearly the intended one: the same key, or an actual name ending in
     * {@code _<key>}. When the external side spells out a {@code name:}, that name is what it means, not its key.
     */
    private static List<NetworkDeclaration> intended(Topology topology, Project project, Network external) {
        String meant = external.nameExplicit() ? external.name() : external.key();
        List<NetworkDeclaration> sameKey = new ArrayList<>();
        List<NetworkDeclaration> suffix = new ArrayList<>();
        for (NetworkDeclaration d : topology.createdNetworks()) {
            if (d.network().implicit() && !meant.equals("default")) continue;
            if (d.network().key().equals(meant)) {
                sameKey.add(d);
            } else if (d.network().name().endsWith("_" + meant)) {
                suffix.add(d);
            }
        }
        List<NetworkDeclaration> result = new ArrayList<>(sameKey);
        result.addAll(suffix);
        result.sort((a, b) -> Boolean.compare(a.project() == project, b.project() == project));
        return result;
    }

    /**
     * Sets {@code name: actual} on the external network: replaces a one-line {@code name:} value, or adds the key
     * above the first key of a block-style declaration. Unsafe when several networks could be the one meant.
     */
    private static Fix nameFix(RuleContext context, Network network, String actual, boolean single, String advice) {
        Fix none = Fix.advice(advice);
        if (!YamlEdits.plainName(actual)) return none;
        String description = "set `name: " + actual + "` on external network " + network.key();
        Source at = network.nameExplicit() ? network.nameSource() : network.source();
        if (at == null) return none;
        return YamlEdits.read(context.workspace().files(), at.file()).map(edits -> {
            Fix.Edit edit = network.nameExplicit() ? replaceName(edits, at, network.name(), actual)
                    : addName(edits, at, actual);
            if (edit == null) return none;
            return new Fix(description, List.of(edit), single);
        }).orElse(none);
    }

    private static Fix.Edit replaceName(YamlEdits edits, Source at, String current, String actual) {
        if (!at.hasEnd() || at.endLine() != at.line()) return null;
        String line = edits.line(at.line());
        int length = line.codePointCount(0, line.length());
        if (at.endColumn() - 1 > length) return null;
        String written = line.substring(line.offsetByCodePoints(0, at.column() - 1),
                line.offsetByCodePoints(0, at.endColumn() - 1));
        if (!written.equals(current) && !written.equals("\"" + current + "\"") && !written.equals("'" + current + "'")) {
            return null;
        }
        return edits.replace(at.line(), at.column(), at.endColumn(), actual);
    }

    /** {@code key:} alone on its line, then an indented block: {@code name:} goes above the block's first line. */
    private static Fix.Edit addName(YamlEdits edits, Source at, String actual) {
        int keyLine = at.line();
        String header = edits.line(keyLine);
        int keyIndent = header.length() - header.stripLeading().length();
        if (!header.strip().matches("[A-Za-z0-9_.-]+:\\s*(#.*)?")) {
            header = edits.line(keyLine - 1);
            keyLine--;
            keyIndent = header.length() - header.stripLeading().length();
            if (!header.strip().matches("[A-Za-z0-9_.-]+:\\s*(#.*)?")) return null;
        }
        for (int l = keyLine + 1; l <= keyLine + 20; l++) {
            String line = edits.line(l);
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            int indent = line.length() - line.stripLeading().length();
            if (indent <= keyIndent || line.stripLeading().startsWith("- ")) return null;
            return edits.insertBefore(l, " ".repeat(indent) + "name: " + actual + "\n");
        }
        return null;
    }

    /** Compose looks up an external network only when a service uses it. */
    static boolean isUsed(Project project, String key) {
        for (Service service : project.services().values()) {
            for (NetworkAttachment attachment : service.networks().values()) {
                if (attachment.network().equals(key)) return true;
            }
        }
        return false;
    }
}
