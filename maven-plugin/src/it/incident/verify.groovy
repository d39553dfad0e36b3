// The incident fails the build and every finding is logged once with its location. The fixture (copied from
// src-test-fixtures/projects/incident by prebuild.groovy) announces each finding with an "# expect: rule-id" mark
// on the line before it: every logged finding must be announced, and every mark in a compose file must be logged.
def log = new File(basedir, 'build.log').text
def stack = new File(basedir, 'secureconnect-backend')
assert stack.isDirectory() : 'the incident fixture was not copied into the IT project'

def expected = [] as Set
def expectedInCompose = [] as Set
stack.eachFileRecurse { file ->
    if (file.name ==~ /.*\.ya?ml/) {
        file.readLines().eachWithIndex { line, index ->
            def mark = line =~ /#\s*expect:\s*([\w-]+)/
            if (mark.find()) {
                def key = "${file.absolutePath}:${index + 2}:${mark.group(1)}".toString()
                expected << key
                if (file.name ==~ /(docker-)?compose.*\.ya?ml/) expectedInCompose << key
            }
        }
    }
}
assert !expectedInCompose.isEmpty()

def logged = []
def levels = [ERROR: 0, WARNING: 0, INFO: 0]
(log =~ /(?m)^\[(ERROR|WARNING|INFO)\] (\/\S+):\[(\d+),(\d+)\] ([\w-]+) (.+)$/).each { all, level, path, line, col, rule, message ->
    logged << "${path}:${line}:${rule}".toString()
    levels[level]++
}
expectedInCompose.each { assert logged.contains(it) : "no finding logged for ${it}" }
logged.each { assert expected.contains(it) : "unexpected finding ${it}" }
assert logged.size() == logged.toSet().size() : 'a finding was logged twice'

assert log =~ /docker-compose\.monitoring\.yml:\[\d+,9\] port-conflict host port 9090\/tcp is already published by service video-service/
assert log.contains('  related: ' + new File(stack, 'docker-compose.yml').absolutePath + ':[56,9] the port published by video-service')
assert log.contains("composelint: ${logged.size()} problems (${levels.ERROR} errors, ${levels.WARNING} warnings, ${levels.INFO} info) in 2 compose projects (fail-on error)")
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat dev.composelint')
return true
