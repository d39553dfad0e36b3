// failOn=never: the findings are logged, the build passes, and the SARIF and JSON reports are written.
def log = new File(basedir, 'build.log').text
def compose = new File(basedir, 'compose.yaml').absolutePath
assert log.contains("[WARNING] ${compose}:[1,1] obsolete-version ")
assert log.contains("[ERROR] ${compose}:[6,9] missing-volume service app uses the named volume data")
assert log.contains('composelint: 2 problems (1 error, 1 warning, 0 info) in 1 compose project (fail-on never); '
        + 'reports: target/composelint/composelint.sarif, target/composelint/composelint.json')
assert log.contains('composelint: 2 problems can be fixed with `mvn composelint:fix`')
assert log.contains('BUILD SUCCESS')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/composelint/composelint.sarif'))
def results = sarif.runs[0].results
assert results*.ruleId.sort() == ['missing-volume', 'obsolete-version']
def missing = results.find { it.ruleId == 'missing-volume' }
assert missing.level == 'error'
assert missing.locations[0].physicalLocation.artifactLocation.uri == 'compose.yaml'
assert missing.locations[0].physicalLocation.region.startLine == 6
assert new File(basedir, 'target/composelint/composelint.json').text.contains('"missing-volume"')
return true
