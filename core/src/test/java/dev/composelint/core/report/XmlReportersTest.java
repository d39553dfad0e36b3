package dev.composelint.core.report;

import dev.composelint.core.engine.LintResult;
import dev.composelint.core.model.ComposeFile;
import dev.composelint.core.model.NameOrigin;
import dev.composelint.core.model.Project;
import dev.composelint.core.model.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class XmlReportersTest {

    @TempDir
    Path dir;

    @Test
    void checkstyleGroupsErrorsByFile() throws Exception {
        Sample sample = new Sample(dir);
        String xml = Sample.render(new CheckstyleReporter(), sample.result(), sample.context());
        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <checkstyle version="1.2.3">
                  <file name="compose.yaml">
                    <error line="3" column="12" severity="error" message="Image &quot;nginx:latest&quot; is not \
                pinned" source="no-latest-tag"/>
                    <error line="4" column="2" severity="warning" message="Don&apos;t run privileged: it&apos;s \
                root, 100% of it" source="no-privileged"/>
                  </file>
                  <file name="sub dir/compose.yaml">
                    <error line="1" column="1" severity="info" message="Line one&#10;line two &lt;&amp;&gt;" \
                source="style-note"/>
                  </file>
                </checkstyle>
                """);
        Element note = (Element) parse(xml).getElementsByTagName("error").item(2);
        assertThat(note.getAttribute("message")).isEqualTo("Line one\nline two <&>");
    }

    @Test
    void checkstyleOfACleanRunHasNoFiles() throws Exception {
        Sample sample = new Sample(dir);
        Document doc = parse(Sample.render(new CheckstyleReporter(), sample.result(List.of()), sample.context()));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("checkstyle");
        assertThat(doc.getElementsByTagName("file").getLength()).isZero();
    }

    @Test
    void junitHasOneTestCasePerFileAndOneFailurePerFailingFile() throws Exception {
        Sample sample = new Sample(dir);
        Path clean = dir.resolve("clean.yaml");
        Workspace workspace = new Workspace(dir, List.of(project(sample.compose, clean)), List.of());
        LintResult base = sample.result();
        LintResult result = new LintResult(workspace, base.findings(), base.rules(), base.elapsed());

        Document doc = parse(Sample.render(new JunitReporter(), result, sample.context()));
        Element suites = doc.getDocumentElement();
        assertThat(suites.getTagName()).isEqualTo("testsuites");
        NodeList suiteList = doc.getElementsByTagName("testsuite");
        assertThat(suiteList.getLength()).isEqualTo(1);
        Element suite = (Element) suiteList.item(0);
        assertThat(List.of(suite.getAttribute("tests"), suite.getAttribute("failures"), suite.getAttribute("errors"),
                suite.getAttribute("time"))).containsExactly("3", "2", "0", "0.410");

        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(3);
        Element first = (Element) cases.item(0);
        assertThat(first.getAttribute("name")).isEqualTo("compose.yaml");
        Element failure = (Element) first.getElementsByTagName("failure").item(0);
        assertThat(first.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(failure.getAttribute("message")).isEqualTo("2 problems");
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getTextContent()).isEqualTo("""
                compose.yaml:3:12 error Image "nginx:latest" is not pinned [no-latest-tag]
                compose.yaml:4:2 warning Don't run privileged: it's root, 100% of it [no-privileged]
                """);
        Element passing = (Element) cases.item(1);
        assertThat(passing.getAttribute("name")).isEqualTo("clean.yaml");
        assertThat(passing.getChildNodes().getLength()).isZero();
        Element other = (Element) cases.item(2);
        assertThat(other.getAttribute("name")).isEqualTo("sub dir/compose.yaml");
        Element otherFailure = (Element) other.getElementsByTagName("failure").item(0);
        assertThat(otherFailure.getAttribute("message")).isEqualTo("1 problem");
        assertThat(otherFailure.getAttribute("type")).isEqualTo("info");
        assertThat(otherFailure.getTextContent()).contains("line two <&> [style-note]");
    }

    @Test
    void xmlDropsCharactersXmlCannotHold() {
        assertThat(Xml.attribute("a\u0001b\u0000c\uD83D\uDE00")).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00");
        assertThat(Xml.text("a\nb\t<")).isEqualTo("a\nb\t&lt;");
    }

    private static Project project(Path... files) {
        return new Project("p", NameOrigin.values()[0], files[0].getParent(),
                java.util.Arrays.stream(files).map(f -> new ComposeFile(f, null, null)).toList(),
                Map.of(), Set.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
