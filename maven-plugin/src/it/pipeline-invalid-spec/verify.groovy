// spec.yaml refers to a schema that does not exist (line 33): the build fails, the problem is
// reported as file:line:column (pointer): message, and nothing is written.
def log = new File(basedir, 'build.log').text
def located = (log =~ /spec\.yaml:\d+:\d+ \(\/[^)]*\): /).find()
assert located : 'no problem located as spec.yaml:LINE:COL (pointer) in build.log'
def named = log.contains('Missing')
assert named : 'the problem does not name the missing schema'
assert !new File(basedir, 'target/generated-sources/appintel').exists()
assert !new File(basedir, 'target/appintel').exists()
