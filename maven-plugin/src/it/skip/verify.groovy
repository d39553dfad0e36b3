def log = new File(basedir, 'build.log').text
assert log.contains('composelint: skipped')
assert !log.contains('missing-volume')
assert log.contains('BUILD SUCCESS')
return true
