// Copies the incident fixture (src-test-fixtures/projects/incident, passed in as incidentFixture) into this IT
// project before Maven runs, so the IT lints the one committed copy.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

Path source = Path.of(incidentFixture).toAbsolutePath().normalize()
Path target = basedir.toPath()
Files.walk(source).withCloseable { paths ->
    paths.filter { Files.isRegularFile(it) && it.fileName.toString() != 'README.md' }.each { file ->
        Path copy = target.resolve(source.relativize(file).toString())
        Files.createDirectories(copy.parent)
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING)
    }
}
// The IT project stands for a repository of its own. Without a .git boundary, this repository's .gitignore (target/)
// would cover it, and missing-volume rightly stays silent about a missing bind-mount source that git ignores.
Files.createDirectories(target.resolve('.git'))
assert Files.isRegularFile(target.resolve('secureconnect-backend/docker-compose.yml'))
return true
