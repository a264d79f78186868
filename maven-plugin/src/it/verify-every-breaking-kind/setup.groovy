// baseline.yaml: the real spec; spec.yaml: the same with one edit of each breaking kind that
// verify-breaking-edit leaves out. Every edit is checked to apply.
def text = new File(realSpec).getText('UTF-8')
new File(basedir, 'baseline.yaml').write(text, 'UTF-8')

def find = { String anchor, String what ->
    int at = text.indexOf(anchor)
    assert at >= 0 : "anchor not in the spec: $anchor"
    int found = text.indexOf(what, at)
    assert found >= 0 : "not in the spec after '$anchor': $what"
    found
}
def edit = { String anchor, String from, String to ->
    int found = find(anchor, from)
    text = text.substring(0, found) + to + text.substring(found + from.length())
}
// Removes from 'from' up to, not including, 'to'.
def cut = { String anchor, String from, String to ->
    int start = find(anchor, from)
    int end = text.indexOf(to, start)
    assert end > start : "no '$to' after '$from'"
    text = text.substring(0, start) + text.substring(end)
}

// Operations
cut('  /v1/{os}/consumer_intel/power_user_curve/cohorts:\n', '  /v1/{os}/consumer_intel/power_user_curve/cohorts:\n',
        '  /v1/{os}/app_update/get_app_update_history:\n')
edit('  /v1/{os}/apps/version_history:\n', 'operationId: getVersionHistory', 'operationId: getVersions')
edit('  /v1/{os}/app_update/get_app_update_history:\n', 'tags: ["APP UPDATES: App Update Timeline"]',
        'tags: ["OVERVIEW: App Overview"]')
// Parameters
edit('        - name: date_limit\n', 'required: false', 'required: true')
edit('        - name: date_limit\n', '            type: string\n            pattern: "^[0-9]+$"\n', '            type: integer\n')
edit('        - name: display_breakdown\n', 'in: query', 'in: header')
edit('operationId: getApps\n', 'explode: false', 'explode: true')
edit('operationId: getCreatives\n', 'enum: [10, 50, 100]', 'enum: [10, 50]')
edit('operationId: getDownloadsBySources\n', 'default: monthly', 'default: daily')
// Responses
edit('operationId: getAppUpdateHistory\n', '        "401":\n', '        "404":\n          description: No such app.\n        "401":\n')
cut('operationId: getPowerUserCurve\n', '        "200":\n', '        "401":\n')
cut('    TooManyRequests:\n', '      headers:\n', '      content:\n')
edit('operationId: getAppUpdateHistory\n', '                ios:\n                  summary: Two updates of an iOS app',
        '                iphone:\n                  summary: Two updates of an iOS app')
edit('\n    App:\n', 'required: [app_id, name, os]', 'required: [app_id, name]')
edit('\n    App:\n', '        name:\n          type: string\n', '        name:\n          type: string\n          nullable: true\n')
edit('    SalesEstimate:\n', '        - $ref: "#/components/schemas/UnifiedSalesEstimate"\n',
        '        - $ref: "#/components/schemas/UnifiedSalesEstimate"\n        - $ref: "#/components/schemas/App"\n')
edit('operationId: getAppUpdateHistory\n', '$ref: "#/components/schemas/AppUpdateHistory"', '$ref: "#/components/schemas/AppUpdateTimeline"')
edit('\n    AppUpdateHistory:\n', '    AppUpdateHistory:\n', '    AppUpdateTimeline:\n')
// Rules
edit('operationId: getSalesReportEstimates\n', 'daily: P7D', 'daily: P5D')
edit('operationId: getSalesReportEstimates\n', 'x-appintel-requires-one-of: [app_ids, publisher_ids]',
        'x-appintel-requires-one-of: [app_ids]')
edit('operationId: getCreatives\n', 'total: /count', 'total: /total')
// Authentication
edit('  securitySchemes:\n', '      name: auth_token\n', '      name: api_token\n')
new File(basedir, 'spec.yaml').write(text, 'UTF-8')
