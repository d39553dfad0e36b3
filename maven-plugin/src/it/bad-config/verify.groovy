// A bad configuration file fails the build with its position and the reason, and no stack trace.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] Failed to execute goal dev\.composelint:composelint-maven-plugin:[^ ]+:check \(default-cli\) on project bad-config: \.composelint\.yaml:3:21: invalid rule level 'loud'/
assert !log.contains('\tat ')
assert log.contains('BUILD FAILURE')
return true
