def log = new File(basedir, 'build.log').text
assert log.contains('appintel: 3 changes against baseline.yaml (1.0): 0 breaking for clients, 0 breaking for mock users, 3 safe')
assert log.contains('[safe] Optional parameter added: getApps › lang [string] (spec.yaml:')
assert log.contains('[safe] Response field added: App.review_count [int32] (spec.yaml:')
assert log.contains('[safe] Description changed: getApps (spec.yaml:')
assert log.contains('appintel: spec.yaml passes every lint rule')
assert log.contains('BUILD SUCCESS')

def reports = new File(basedir, 'target/appintel')
def markdown = new File(reports, 'spec-changes.md').text
assert markdown.contains('**No breaking changes: 0 breaking for clients, 0 breaking for mock users, 3 safe.**')
assert markdown.contains('| Optional parameter added | `getApps › lang` | string | getApps | spec.yaml:')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'spec-changes.json'))
assert json.summary.breaking == false
assert json.changes.size() == 3
def changelog = new File(reports, 'CHANGELOG-section.md').text
assert changelog.contains('### Added\n\n- Optional parameter added: `getApps › lang`: string.\n')
