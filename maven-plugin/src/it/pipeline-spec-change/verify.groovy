// A changed spec is generated again, though every option is the same.
def log = new File(basedir, 'build.log').text
def upToDate = log.contains('appintel: up to date')
assert !upToDate : 'the second build did not see the spec change'
def summaries = log.findAll(/appintel: \d+ operations?, .* in \d+ ms/)
assert summaries.size() == 2 : "expected two generations, got: $summaries"
assert summaries[0].startsWith('appintel: 1 operation,')
assert summaries[1].startsWith('appintel: 2 operations,')

def generated = []
new File(basedir, 'target/generated-sources/appintel').eachFileRecurse {
    if (it.name.endsWith('.java')) generated << it.text
}
def echo = generated.any { it.contains('getEcho') }
assert echo : 'the operation added in the second spec is missing'
