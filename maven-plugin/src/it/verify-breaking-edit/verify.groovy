def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('appintel: 7 changes against baseline.yaml (1.0): 5 breaking for clients, 2 breaking for mock users, 0 safe')
def expected = [
    '[breaking for clients] Parameter removed: getApps › include_sdk_data (baseline.yaml:',
    '[breaking for clients] Parameter limit tightened: getTopInAppPurchases › app_ids [maxItems 100 → 50] (spec.yaml:',
    '[breaking for clients] Response field removed: App.humanized_name (baseline.yaml:',
    '[breaking for clients] Response field type or format changed: App.global_rating_count [int64 → number] (spec.yaml:',
    '[breaking for clients] Ids per call lowered: getTopInAppPurchases › app_ids [max per call 100 → 50] (spec.yaml:',
    '[breaking for mock users] Required parameter added: getTopInAppPurchases › currency [string] (spec.yaml:',
    '[breaking for mock users] Error response removed: getTopInAppPurchases › 429 (baseline.yaml:',
]
expected.each { line ->
    assert log.contains('[WARNING]   ' + line) : "not logged: $line"
}
// The failure message repeats each breaking change and says how to accept them.
def failure = log.substring(log.indexOf('[ERROR] Failed to execute goal'))
assert failure.contains('appintel: 7 breaking changes against baseline.yaml:')
expected.each { line -> assert failure.contains(line) : "not in the failure: $line" }
assert failure.contains('-Dappintel.allowBreakingChanges=true')

def markdown = new File(basedir, 'target/appintel/spec-changes.md').text
assert markdown.contains('**Breaking changes: 5 breaking for clients, 2 breaking for mock users, 0 safe.**')
assert markdown.contains('| Parameter removed | `getApps › include_sdk_data` |  | getApps | baseline.yaml:')
assert markdown.contains('| Required parameter added | `getTopInAppPurchases › currency` | string | getTopInAppPurchases | spec.yaml:')
assert markdown.contains('| Response field removed | `App.humanized_name` |')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/appintel/spec-changes.json'))
assert json.summary.breaking == true
assert json.changes*.kind as Set == ['PARAMETER_REMOVED', 'PARAMETER_LIMIT_TIGHTENED', 'RESPONSE_FIELD_REMOVED',
        'RESPONSE_FIELD_RETYPED', 'BATCH_LIMIT_LOWERED', 'REQUIRED_PARAMETER_ADDED', 'RESPONSE_STATUS_REMOVED'] as Set
def removed = json.changes.find { it.kind == 'RESPONSE_FIELD_REMOVED' }
assert removed.location.spec == 'baseline'
assert removed.location.pointer == '/components/schemas/App/properties/humanized_name'
assert removed.location.line > 0
