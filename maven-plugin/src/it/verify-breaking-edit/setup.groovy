// baseline.yaml: the fixture spec; spec.yaml: the same with one edit of each of several breaking kinds.
def SpecText = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'SpecText.groovy'))
def spec = SpecText.newInstance(new File(fixtureSpec))
spec.writeTo(new File(basedir, 'baseline.yaml'))
// Parameter removed.
spec.edit('operationId: getApps', '        - name: include_sdk_data\n          in: query\n          required: false\n'
        + '          description: Include SDK Insights data (requires subscription).\n'
        + '          schema:\n            type: boolean\n            default: false\n', '')
// Ids per call lowered, and the list's maxItems with it.
spec.edit('operationId: getTopInAppPurchases', 'maxPerCall: 100', 'maxPerCall: 50')
spec.edit('operationId: getTopInAppPurchases', 'maxItems: 100', 'maxItems: 50')
// Required parameter added (breaks the mock's users).
spec.edit('operationId: getTopInAppPurchases', '        - $ref: "#/components/parameters/CountryDefaultUs"\n',
        '        - $ref: "#/components/parameters/CountryDefaultUs"\n        - name: currency\n          in: query\n'
        + '          required: true\n          description: The currency of the prices.\n'
        + '          schema:\n            type: string\n')
// Error response removed (breaks the mock's users).
spec.edit('operationId: getTopInAppPurchases', '        "429":\n          $ref: "#/components/responses/TooManyRequests"\n', '')
// Response field removed, and another retyped.
spec.edit('\n    App:\n', '        humanized_name:\n          type: string\n          nullable: true\n', '')
spec.edit('\n    App:\n', '        global_rating_count:\n          type: integer\n', '        global_rating_count:\n          type: number\n')
spec.writeTo(new File(basedir, 'spec.yaml'))
