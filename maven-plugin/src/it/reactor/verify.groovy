// Each module lints its own directory; the parent skips its modules' directories, so nothing is linted twice.
def log = new File(basedir, 'build.log').text
def moduleA = new File(basedir, 'module-a/compose.yaml').absolutePath
assert log.count("[WARNING] ${moduleA}:[1,1] obsolete-version ") == 1
assert log.contains('composelint: no compose file found under . (looked for compose.yaml, docker-compose.yml and any YAML file with a services: mapping); nothing to lint')
assert log.contains('composelint: 1 problem (0 errors, 1 warning, 0 info) in 1 compose project (fail-on error)')
assert log.contains('composelint: no problems in 1 compose project (fail-on error)')
assert log.count('composelint-maven-plugin:') == 3 : 'the check runs in the parent and both modules'
assert !log.contains('not marked as thread-safe')
assert log.contains('BUILD SUCCESS')
return true
