// Skipped: no generation, no output directory, no fingerprint.
def log = new File(basedir, 'build.log').text
def skipped = log.contains('appintel: skipped')
assert skipped : 'no "appintel: skipped" in build.log'
assert !new File(basedir, 'target/generated-sources/appintel').exists()
assert !new File(basedir, 'target/appintel').exists()
