// A missing spec fails the build with the file's path.
def log = new File(basedir, 'build.log').text
def named = (log =~ /appintel: spec file not found: .*missing\.yaml/).find()
assert named : 'build.log does not name the missing spec file'
assert !new File(basedir, 'target/generated-sources/appintel').exists()
