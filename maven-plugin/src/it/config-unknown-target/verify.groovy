// An unknown target fails the build before anything is read or written, naming the known ones.
def log = new File(basedir, 'build.log').text
def named = log.contains("appintel: unknown target 'cobol'; known targets: feign-client")
assert named : 'build.log does not name the unknown target and the known ones'
assert !new File(basedir, 'target/generated-sources/appintel').exists()
