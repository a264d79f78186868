def log = new File(basedir, 'build.log').text
def baseline = 'dev.appintel.it:api-spec:jar:1.0.0!/openapi/app-intelligence.yaml'
assert log.contains("appintel: 1 change against $baseline (1.0): 1 breaking for clients")
assert log.contains("[breaking for clients] Response field removed: App.humanized_name ($baseline:")
assert log.contains('BUILD FAILURE')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/appintel/spec-changes.json'))
assert json.baseline.file == baseline
assert json.changes[0].location.file == baseline
