// The generated Java files come from the overriding templates, which carry the marker.
def log = new File(basedir, 'build.log').text
def summary = (log =~ /appintel: \d+ operations?, .* in \d+ ms/).find()
assert summary : 'no summary line in build.log'
def marked = []
new File(basedir, 'target/generated-sources/appintel').eachFileRecurse {
    if (it.name.endsWith('.java') && it.text.contains('// appintel-override-marker')) marked << it.name
}
assert !marked.isEmpty() : 'no generated file comes from an overriding template'
