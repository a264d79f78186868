// Each breaking kind, as [title, subject, detail]: in the log, the failure and the Markdown report.
def expected = [
    OPERATION_REMOVED: ['Operation removed', 'getPowerUserCurveCohorts', 'GET /v1/{os}/consumer_intel/power_user_curve/cohorts'],
    OPERATION_RENAMED: ['Operation renamed', 'getVersions', 'getVersionHistory → getVersions'],
    OPERATION_RETAGGED: ['Operation moved to another tag', 'getAppUpdateHistory',
        'APP UPDATES: App Update Timeline → OVERVIEW: App Overview'],
    PARAMETER_MADE_REQUIRED: ['Optional parameter made required', 'getAppUpdateHistory › date_limit', ''],
    PARAMETER_MOVED: ['Parameter moved', 'getCreatives › display_breakdown', 'query → header'],
    PARAMETER_RETYPED: ['Parameter type or format changed', 'getAppUpdateHistory › date_limit', 'string → int32'],
    PARAMETER_ENCODING_CHANGED: ['Parameter encoding changed', 'getApps › app_ids', 'comma-joined → one key per value'],
    REQUEST_ENUM_VALUE_REMOVED: ['Enum value removed from a request parameter', 'getCreatives › limit', '100'],
    PARAMETER_DEFAULT_CHANGED: ['Parameter default changed', 'getDownloadsBySources › date_granularity', 'monthly → daily'],
    RESPONSE_STATUS_ADDED: ['Response status added', 'getAppUpdateHistory › 404', ''],
    SUCCESS_RESPONSE_REMOVED: ['Success response removed', 'getPowerUserCurve › 200', ''],
    RESPONSE_HEADER_REMOVED: ['Response header removed', 'getApps › 429 › Retry-After', ''],
    RESPONSE_EXAMPLE_REMOVED: ['Response example removed', 'getAppUpdateHistory › 200', 'example ios'],
    RESPONSE_FIELD_MADE_OPTIONAL: ['Response field no longer always present', 'App.os', ''],
    RESPONSE_FIELD_MADE_NULLABLE: ['Response field may now be null', 'App.name', ''],
    RESPONSE_VARIANT_ADDED: ['Response variant added', 'SalesEstimate', 'App'],
    TYPE_RENAMED: ['Model type renamed', 'AppUpdateTimeline', 'AppUpdateHistory → AppUpdateTimeline'],
    SEGMENT_SPAN_SHORTENED: ['Longest date range per call shortened', 'getSalesReportEstimates › date range (daily)', 'P7D → P5D'],
    REQUEST_RULE_TIGHTENED: ['Request rule tightened', 'getSalesReportEstimates › requires one of', 'app_ids, publisher_ids → app_ids'],
    PAGINATION_CHANGED: ['Pagination changed', 'getCreatives › pagination',
        'page from 1, limit per page, total at /count, items at /ad_units → page from 1, limit per page, total at /total, items at /ad_units'],
    AUTHENTICATION_CHANGED: ['Authentication changed', 'API key', 'auth_token in query → api_token in query'],
]

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
def failure = log.substring(log.indexOf('[ERROR] Failed to execute goal'))
def markdown = new File(basedir, 'target/appintel/spec-changes.md').text
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/appintel/spec-changes.json'))

expected.each { kind, row ->
    def (title, subject, detail) = row
    def impact = kind == 'RESPONSE_EXAMPLE_REMOVED' ? 'breaking for mock users' : 'breaking for clients'
    def line = "[$impact] $title: $subject" + (detail ? " [$detail]" : '') + ' ('
    assert log.contains('[WARNING]   ' + line) : "not logged: $line"
    assert failure.contains(line) : "not in the failure: $line"
    def cell = detail.replace('|', '\\|')
    assert markdown.contains("| $title | `$subject` | $cell |") : "not in the report: $title $subject"
    assert json.changes.any { it.kind == kind && it.subject == subject } : "not in the JSON: $kind $subject"
}
// The shared 429 response lost its header everywhere: one change per operation that uses it.
assert json.changes.findAll { it.kind == 'RESPONSE_HEADER_REMOVED' }.size() == 29
// Nothing is classed breaking that should not be: the pattern dropped with the retyping is safe.
assert json.changes.findAll { it.impact == 'SAFE' }*.kind as Set == ['PARAMETER_LIMIT_RELAXED', 'RESPONSE_EXAMPLE_ADDED'] as Set
