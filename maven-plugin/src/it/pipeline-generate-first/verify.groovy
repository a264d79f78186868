// The first build generates the client from the real spec, records the files and compiles them.
def log = new File(basedir, 'build.log').text
def summary = (log =~ /appintel: 30 operations, \d+ models -> \d+ files \(\d+ written, 0 unchanged, 0 removed\) in \d+ ms/).find()
assert summary : 'no summary line for a first generation of 30 operations in build.log'

def out = new File(basedir, 'target/generated-sources/appintel')
def manifest = new File(out, '.appintel-manifest')
assert manifest.isFile()
def listed = manifest.readLines().findAll { it && !it.startsWith('#') }
assert listed == listed.toSorted()
def sources = listed.findAll { it.endsWith('.java') }
assert !sources.isEmpty()
sources.each { assert it.startsWith('dev/appintel/it/client/') && new File(out, it).isFile() }

def classes = new File(basedir, 'target/classes')
sources.each { source ->
    def compiled = new File(classes, source.replace('.java', '.class'))
    assert compiled.isFile() : "not compiled: $source"
}
assert new File(basedir, 'target/appintel/default.fingerprint').isFile()
