// aggregate=true: the execution root lints the whole tree once; the modules skip the check.
def log = new File(basedir, 'build.log').text
def moduleA = new File(basedir, 'module-a/compose.yaml').absolutePath
assert log.count("[WARNING] ${moduleA}:[1,1] obsolete-version ") == 1
assert log.count('composelint: 1 problem (0 errors, 1 warning, 0 info) in 2 compose projects (fail-on error)') == 1
assert log.count('composelint: skipped in this module; aggregate lints the whole tree from the execution root') == 2
assert log.contains('BUILD SUCCESS')
return true
