// A changed option is generated again, and the files of the old package are removed.
def log = new File(basedir, 'build.log').text
def upToDate = log.contains('appintel: up to date')
assert !upToDate : 'the second build did not see the option change'
def summaries = log.findAll(/appintel: \d+ operations?, .* in \d+ ms/)
assert summaries.size() == 2 : "expected two generations, got: $summaries"
def removed = (summaries[1] =~ /(\d+) removed/)[0][1] as int
assert removed > 0 : "the second build removed nothing: ${summaries[1]}"

def out = new File(basedir, 'target/generated-sources/appintel')
assert !new File(out, 'dev/appintel/it/one').exists() : 'the old package was not removed'
def two = new File(out, 'dev/appintel/it/two')
def javaFiles = []
two.eachFileRecurse { if (it.name.endsWith('.java')) javaFiles << it }
assert !javaFiles.isEmpty() : 'no sources were generated in the new package'
def listed = new File(out, '.appintel-manifest').readLines().findAll { it && !it.startsWith('#') }
assert listed.every { !it.startsWith('dev/appintel/it/one/') }
