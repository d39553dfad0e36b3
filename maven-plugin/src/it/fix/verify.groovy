// composelint:fix removes the obsolete version key (with its comment) and declares the named volume, keeping
// every other line as written; the error is gone, so the build passes.
def log = new File(basedir, 'build.log').text
assert log.contains('composelint: 2 fixes applied in 1 file')
assert !log.contains('missing-volume')
assert !log.contains('obsolete-version')
assert log.contains('composelint: no problems in 1 compose project')
assert log.contains('BUILD SUCCESS')
def fixed = new File(basedir, 'compose.yaml').text
assert fixed == 'services:\n  app:\n    image: alpine:3.20 # pinned\n    volumes:\n      - data:/data\nvolumes:\n  data: {}\n'
return true
