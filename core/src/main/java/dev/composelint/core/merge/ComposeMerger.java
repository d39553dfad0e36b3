package dev.composelint.core.merge;

import dev.composelint.core.Finding;
import dev.composelint.core.yaml.YMap;

import java.util.function.Consumer;

/**
 * Compose's merge of raw (interpolated, not yet canonical) compose documents: {@code !reset}/{@code !override},
 * the per-path merge rules, then the de-duplication of keyed sequences. The result carries no merge tags.
 *
 * <p>Form of the result: a key present in only one side keeps its form. When both sides define one of the
 * {@code K=V} attributes ({@code environment}, {@code labels}, {@code annotations}, {@code sysctls},
 * {@code build.args|labels|additional_contexts}, {@code deploy.labels}, top-level {@code networks|volumes.*.labels};
 * Compose also lists {@code volumes.*.volume.labels}, unreachable because sequence items are never merged pairwise)
 * the result is always the sequence form Compose builds: each mapping side becomes sorted {@code K=V} strings
 * ({@code K} alone for null, Go text for numbers and booleans), the lists are appended, and keyed ones are
 * de-duplicated by the text before {@code =} with the later value at the first position. The same holds for
 * {@code dns}, {@code dns_opt}, {@code dns_search}, {@code env_file}, {@code label_file}, {@code tmpfs} and
 * {@code extra_hosts}. It is kept as a sequence because a later {@code FOO: !reset} in mapping form must not
 * reach an entry Compose already turned into {@code FOO=...}. {@code depends_on}, {@code networks},
 * {@code models} and {@code build} become mappings when both sides define them.
 */
public final class ComposeMerger {

    private ComposeMerger() {
    }

    /** Merges a whole document onto the documents accumulated so far ({@code base} may be empty). */
    public static YMap merge(YMap base, YMap override) {
        return merge(base, override, finding -> { });
    }

    /**
     * As {@link #merge(YMap, YMap)}, reporting what Compose refuses (a mapping merged with a non-mapping) to
     * {@code findings}; the later value is then kept.
     */
    public static YMap merge(YMap base, YMap override, Consumer<Finding> findings) {
        return mergeAt(base, override, TreePath.ROOT, findings);
    }

    /** Merges a service onto the service it extends (base first, local on top); {@code extends} is removed. */
    public static YMap mergeService(YMap base, YMap local) {
        return mergeService("x", base, local, finding -> { });
    }

    /** As {@link #mergeService(YMap, YMap)}, with the service's name for messages and a findings sink. */
    public static YMap mergeService(String serviceName, YMap base, YMap local, Consumer<Finding> findings) {
        return mergeAt(base, local, TreePath.service(serviceName), findings).without("extends");
    }

    private static YMap mergeAt(YMap base, YMap override, TreePath path, Consumer<Finding> findings) {
        YMap earlier = MergeTags.resolve(MergeTags.dropTaggedPaths(base, override));
        YMap later = MergeTags.resolve(override);
        YMap merged = new TreeMerger(findings).mergeMaps(earlier, later, path);
        return (YMap) Unicity.apply(merged, path);
    }
}
