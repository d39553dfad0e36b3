// Maven's precedence, measured: for a single-value parameter the POM's <failOn>never</failOn> wins over
// -Dcomposelint.failOn=error; for a list parameter the user property replaces the POM's list, so
// -Dcomposelint.disable=obsolete-version replaces <disable>missing-volume</disable>. docs/maven-plugin.md says so.
def log = new File(basedir, 'build.log').text
def compose = new File(basedir, 'compose.yaml').absolutePath
assert log.contains("[ERROR] ${compose}:[6,9] missing-volume ")
assert !log.contains('obsolete-version')
assert log.contains('composelint: 1 problem (1 error, 0 warnings, 0 info) in 1 compose project (fail-on never)')
assert log.contains('BUILD SUCCESS')
return true
