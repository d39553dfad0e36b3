def log = new File(basedir, 'build.log').text
assert log.contains('composelint: no problems in 1 compose project (fail-on error)')
assert !(log =~ /(?m)^\[(ERROR|WARNING)\]/)
assert !new File(basedir, 'target/composelint').exists() : 'no formats, so no report files'
assert log.contains('BUILD SUCCESS')
return true
