package dev.composelint.core.topology;

import dev.composelint.core.Source;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.NameOrigin;
import dev.composelint.core.model.Network;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Service;
import dev.composelint.core.model.Workspace;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RunTogetherTest {

    private static final Path REPO = Path.of("repo");

    @Test
    void aProjectJoiningAnotherOnesNetworkRunsWithIt() {
        Project creator = project("app", "compose.yaml", network("shared", "app_shared", false), service("web"));
        Project joiner = project("mon", "mon/compose.yaml", network("shared", "app_shared", true),
                service("prometheus"));
        Project unrelated = project("other", "other/compose.yaml", network("default", "other_default", false),
                service("web"));
        Topology topology = topology(creator, joiner, unrelated);
        assertThat(topology.runTogether(creator, joiner)).isTrue();
        assertThat(topology.runTogether(joiner, creator)).isTrue();
        assertThat(topology.runTogether(creator, unrelated)).isFalse();
        assertThat(topology.runTogether(unrelated, unrelated)).isTrue();
    }

    @Test
    void anAddOnFileRunsWithTheDefaultFileUnlessTheyAreAlternatives() {
        Project main = project("a", "compose.yaml", null, service("web"));
        Project addOn = project("a", "compose.monitoring.yaml", null, service("grafana"));
        Project variant = project("a", "compose.sqlite.yaml", null, service("web"));
        Project override = project("a", "compose.override.yaml", null, service("cache"));
        Topology topology = topology(main, addOn, variant, override);
        assertThat(topology.runTogether(main, addOn)).isTrue();
        assertThat(topology.runTogether(main, variant)).isFalse();
        assertThat(topology.runTogether(main, override)).isFalse();
    }

    @Test
    void servicesRunTogetherWhenSomeProfileChoiceEnablesBoth() {
        Project project = project("a", "compose.yaml", null, service("always"), service("dev", "dev"),
                service("sqlite", "sqlite"), service("postgres", "postgres", "dev"), service("any", "*"));
        Topology topology = topology(project);
        ServiceRef always = ref(project, "always");
        ServiceRef dev = ref(project, "dev");
        ServiceRef sqlite = ref(project, "sqlite");
        ServiceRef postgres = ref(project, "postgres");
        assertThat(topology.runTogether(always, sqlite)).isTrue();
        assertThat(topology.runTogether(dev, postgres)).isTrue();
        assertThat(topology.runTogether(sqlite, postgres)).isFalse();
        assertThat(topology.runTogether(sqlite, ref(project, "any"))).isTrue();
        assertThat(dev.service().sharesProfileWith(always.service())).isFalse();
        assertThat(always.service().mayRunWith(dev.service())).isTrue();
    }

    private static ServiceRef ref(Project project, String name) {
        return new ServiceRef(project, project.services().get(name));
    }

    private static Topology topology(Project... projects) {
        return new WorkspaceTopology(new Workspace(REPO, List.of(projects), List.of()));
    }

    private static Network network(String key, String name, boolean external) {
        return new Network(key, name, external, external, null, false, Source.of(REPO.resolve("x"), 1, 1), null);
    }

    private static Service service(String name, String... profiles) {
        return new Service(name, Source.of(REPO.resolve("compose.yaml"), 2, 3), null, null, List.of(), List.of(),
                List.of(), Map.of(), Map.of(), List.of(), Map.of(), null, List.of(profiles), profiles.length == 0,
                null, null, null, null, null, null, List.of(), List.of(), Map.of(), List.of(), false);
    }

    private static Project project(String name, String file, Network network, Service... services) {
        Path path = REPO.resolve(file);
        Map<String, Service> byName = new LinkedHashMap<>();
        for (Service s : services) byName.put(s.name(), s);
        return new Project(name, NameOrigin.DIRECTORY, path.getParent(), List.of(new ComposeFile(path, null, null,
                null)), Map.of(), Set.of(), byName, network == null ? Map.of() : Map.of(network.key(), network),
                Map.of(), Map.of(), Map.of(), Map.of());
    }
}
