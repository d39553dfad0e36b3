package dev.composelint.core.yaml;

import dev.composelint.core.Source;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeBudgetTest {

    private static final Path FILE = Path.of("compose.yaml");

    private static YNode parse(String yaml) {
        return new YamlReader().parse(FILE, yaml).documents().get(0);
    }

    @Test
    void aliasExpansionCountsEveryUseBeyondTheFirst() {
        // x-a: 3 nodes (a sequence and two scalars), defined once and used by three aliases: 3 more copies of 3
        YNode root = parse("x-a: &a [1, 2]\nx-b: [*a, *a, *a]\n");
        assertThat(NodeBudget.aliasExpansion(root)).isEqualTo(3L * 3);
        assertThat(NodeBudget.aliasExpansion(parse("services: {}\n"))).isZero();
    }

    @Test
    void newNodesCountsOnlyWhatAStepMade() {
        YMap before = (YMap) parse("a: {x: 1, y: 2}\nb: [1, 2]\n");
        assertThat(NodeBudget.newNodes(before, before)).isZero();
        YScalar changed = YScalar.of(3L, Source.file(FILE));
        YMap a = before.map("a").with("y", null, changed);
        YMap after = before.with("a", null, a);
        // the new root and its 2 entries, the new mapping a and its 2 entries, the new scalar; b is shared
        assertThat(NodeBudget.newNodes(after, before)).isEqualTo(3 + 3 + 1);
    }

    @Test
    void refusesWhatWouldPassTheLimitAndKeepsNothingOfIt() {
        NodeBudget budget = new NodeBudget(10);
        Source at = Source.file(FILE);
        budget.charge(8, at);
        assertThatThrownBy(() -> budget.charge(3, at)).isInstanceOfSatisfying(NodeBudget.Exhausted.class, e -> {
            assertThat(e.source()).isEqualTo(at);
            assertThat(e.getMessage()).contains("exceeds its budget of 10 nodes");
        });
        assertThat(budget.used()).isEqualTo(8);
        budget.refund(8);
        budget.charge(10, at);
        assertThat(budget.used()).isEqualTo(10);
        assertThat(budget.limit()).isEqualTo(10);
    }
}
