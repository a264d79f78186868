// build.log holds both builds, one after the other.
def log = new File(basedir, 'build.log').text
def summaries = log.findAll(/appintel: \d+ operations?, \d+ models? -> .* in \d+ ms/)
assert summaries.size() == 1 : "expected one generation, got: $summaries"
def upToDate = log.count('appintel: up to date')
assert upToDate == 1 : "expected one 'appintel: up to date', got $upToDate"
def order = log.indexOf('appintel: up to date') > log.indexOf(summaries[0])
assert order : 'the up-to-date build came first'
assert new File(basedir, 'target/generated-sources/appintel/.appintel-manifest').isFile()
