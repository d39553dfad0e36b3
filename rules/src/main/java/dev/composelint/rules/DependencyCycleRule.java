package dev.composelint.rules;

import dev.composelint.core.Severity;
import dev.composelint.core.model.Dependency;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.rule.Category;
import dev.composelint.core.rule.Rule;
import dev.composelint.core.rule.RuleContext;
import dev.composelint.core.rule.RuleMeta;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Services that depend on each other in a circle (through depends_on, links, volumes_from or a service:
 * namespace): Compose cannot order them and refuses the project.
 */
public final class DependencyCycleRule implements Rule {

    private static final RuleMeta META = new RuleMeta("dependency-cycle",
            "Services depend on each other in a cycle", Category.CORRECTNESS, Severity.ERROR);

    /** Enough for any real project; bounds the work on pathological graphs. */
    static final int MAX_CYCLES = 100;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(RuleContext context) {
        for (Project project : context.workspace().projects()) {
            Map<String, List<String>> graph = graph(project);
            for (List<String> cycle : cycles(graph)) {
                Service first = project.services().get(cycle.get(0));
                Dependency edge = first.dependsOn().get(cycle.size() > 1 ? cycle.get(1) : cycle.get(0));
                Set<String> profiles = new LinkedHashSet<>();
                for (String name : cycle) profiles.addAll(project.services().get(name).profiles());
                List<String> path = new ArrayList<>(cycle);
                path.add(cycle.get(0));
                context.at(edge.source(), "dependency cycle detected: " + String.join(" -> ", path)
                                + "; Compose cannot decide which service to start first, so remove one of these"
                                + " dependencies")
                        .profiles(List.copyOf(profiles))
                        .report();
            }
        }
    }

    /** Service name to the names it depends on, in document order; dependencies on unknown services are left out. */
    private static Map<String, List<String>> graph(Project project) {
        Map<String, List<String>> graph = new LinkedHashMap<>();
        for (Service service : project.services().values()) {
            if (!project.analyses(service)) continue;
            List<String> targets = new ArrayList<>();
            for (String target : service.dependsOn().keySet()) {
                Service other = project.services().get(target);
                if (other != null && project.analyses(other)) targets.add(target);
            }
            graph.put(service.name(), targets);
        }
        return graph;
    }

    /**
     * Every elementary cycle of {@code graph} (up to {@link #MAX_CYCLES}), each starting at its member that comes
     * first in the graph's order, found by a depth-first search from each node over the nodes after it. Only edges
     * inside a strongly connected component can lie on a cycle, so the search sees those alone: an acyclic project
     * costs one linear pass.
     */
    static List<List<String>> cycles(Map<String, List<String>> graph) {
        CycleSearch search = new CycleSearch(withinComponents(graph));
        for (int start = 0; start < search.order.size(); start++) {
            List<String> path = new ArrayList<>();
            path.add(search.order.get(start));
            search.onPath.add(search.order.get(start));
            search.from(start, path);
            search.onPath.clear();
        }
        return search.result;
    }

    /** The graph with only the edges whose ends share a strongly connected component (Tarjan, without recursion). */
    private static Map<String, List<String>> withinComponents(Map<String, List<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Map<String, Integer> component = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        int counter = 0;
        int components = 0;
        for (String root : graph.keySet()) {
            if (index.containsKey(root)) continue;
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[] {root, 0});
            index.put(root, counter);
            low.put(root, counter++);
            stack.push(root);
            onStack.add(root);
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String node = (String) frame[0];
                List<String> next = graph.getOrDefault(node, List.of());
                int i = (Integer) frame[1];
                if (i < next.size()) {
                    frame[1] = i + 1;
                    String target = next.get(i);
                    if (!graph.containsKey(target)) continue;
                    if (!index.containsKey(target)) {
                        index.put(target, counter);
                        low.put(target, counter++);
                        stack.push(target);
                        onStack.add(target);
                        work.push(new Object[] {target, 0});
                    } else if (onStack.contains(target)) {
                        low.put(node, Math.min(low.get(node), index.get(target)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.put(member, components);
                    } while (!member.equals(node));
                    components++;
                }
            }
        }
        Map<String, List<String>> reduced = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : graph.entrySet()) {
            List<String> kept = new ArrayList<>();
            for (String target : e.getValue()) {
                if (component.get(e.getKey()).equals(component.get(target))) kept.add(target);
            }
            reduced.put(e.getKey(), kept);
        }
        return reduced;
    }

    private static final class CycleSearch {
        /** Steps before giving up on a pathological graph. */
        private static final int MAX_STEPS = 200_000;
        private final Map<String, List<String>> graph;
        private final List<String> order;
        private final Map<String, Integer> position = new HashMap<>();
        private final Set<String> onPath = new HashSet<>();
        private final List<List<String>> result = new ArrayList<>();
        private int steps;

        CycleSearch(Map<String, List<String>> graph) {
            this.graph = graph;
            this.order = new ArrayList<>(graph.keySet());
            for (int i = 0; i < order.size(); i++) position.put(order.get(i), i);
        }

        void from(int start, List<String> path) {
            String current = path.get(path.size() - 1);
            for (String next : graph.getOrDefault(current, List.of())) {
                if (result.size() >= MAX_CYCLES || ++steps > MAX_STEPS) return;
                int index = position.getOrDefault(next, -1);
                if (index == start) {
                    result.add(List.copyOf(path));
                } else if (index > start && onPath.add(next)) {
                    path.add(next);
                    from(start, path);
                    path.remove(path.size() - 1);
                    onPath.remove(next);
                }
            }
        }
    }
}
