// baseline.yaml: the fixture spec; spec.yaml: the same with one edit of each breaking kind that
// verify-breaking-edit leaves out.
def SpecText = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'SpecText.groovy'))
def spec = SpecText.newInstance(new File(fixtureSpec))
spec.writeTo(new File(basedir, 'baseline.yaml'))
// Operations
spec.cut('  /v1/{os}/consumer_intel/power_user_curve/cohorts:\n', '  /v1/{os}/consumer_intel/power_user_curve/cohorts:\n',
        '  /v1/{os}/app_update/get_app_update_history:\n')
spec.edit('  /v1/{os}/apps/version_history:\n', 'operationId: getVersionHistory', 'operationId: getVersions')
spec.edit('  /v1/{os}/app_update/get_app_update_history:\n', 'tags: ["APP UPDATES: App Update Timeline"]',
        'tags: ["OVERVIEW: App Overview"]')
// Parameters
spec.edit('        - name: date_limit\n', 'required: false', 'required: true')
spec.edit('        - name: date_limit\n', '            type: string\n            pattern: "^[0-9]+$"\n', '            type: integer\n')
spec.edit('        - name: display_breakdown\n', 'in: query', 'in: header')
spec.edit('operationId: getApps\n', 'explode: false', 'explode: true')
spec.edit('operationId: getCreatives\n', 'enum: [10, 50, 100]', 'enum: [10, 50]')
spec.edit('operationId: getDownloadsBySources\n', 'default: monthly', 'default: daily')
// Responses
spec.edit('operationId: getAppUpdateHistory\n', '        "401":\n', '        "404":\n          description: No such app.\n        "401":\n')
spec.cut('operationId: getPowerUserCurve\n', '        "200":\n', '        "401":\n')
spec.cut('    TooManyRequests:\n', '      headers:\n', '      content:\n')
spec.edit('operationId: getAppUpdateHistory\n', '                ios:\n                  summary: Two updates of an iOS app',
        '                iphone:\n                  summary: Two updates of an iOS app')
spec.edit('\n    App:\n', 'required: [app_id, name, os]', 'required: [app_id, name]')
spec.edit('\n    App:\n', '        name:\n          type: string\n', '        name:\n          type: string\n          nullable: true\n')
spec.edit('    SalesEstimate:\n', '        - $ref: "#/components/schemas/UnifiedSalesEstimate"\n',
        '        - $ref: "#/components/schemas/UnifiedSalesEstimate"\n        - $ref: "#/components/schemas/App"\n')
spec.edit('operationId: getAppUpdateHistory\n', '$ref: "#/components/schemas/AppUpdateHistory"', '$ref: "#/components/schemas/AppUpdateTimeline"')
spec.edit('\n    AppUpdateHistory:\n', '    AppUpdateHistory:\n', '    AppUpdateTimeline:\n')
// Rules
spec.edit('operationId: getSalesReportEstimates\n', 'daily: P7D', 'daily: P5D')
spec.edit('operationId: getSalesReportEstimates\n', 'x-appintel-requires-one-of: [app_ids, publisher_ids]',
        'x-appintel-requires-one-of: [app_ids]')
spec.edit('operationId: getCreatives\n', 'total: /count', 'total: /total')
// Authentication
spec.edit('  securitySchemes:\n', '      name: auth_token\n', '      name: api_token\n')
spec.writeTo(new File(basedir, 'spec.yaml'))
