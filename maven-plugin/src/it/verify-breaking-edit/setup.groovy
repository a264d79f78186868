// baseline.yaml: the real spec; spec.yaml: the same with one edit of each of several breaking kinds.
def text = new File(realSpec).getText('UTF-8')
new File(basedir, 'baseline.yaml').write(text, 'UTF-8')

def edit = { String anchor, String from, String to ->
    int at = text.indexOf(anchor)
    assert at >= 0 : "anchor not in the spec: $anchor"
    int found = text.indexOf(from, at)
    assert found >= 0 : "not in the spec after '$anchor': $from"
    text = text.substring(0, found) + to + text.substring(found + from.length())
}
// Parameter removed.
edit('operationId: getApps', '        - name: include_sdk_data\n          in: query\n          required: false\n'
        + '          description: Include SDK Insights data (requires subscription).\n'
        + '          schema:\n            type: boolean\n            default: false\n', '')
// Ids per call lowered, and the list's maxItems with it.
edit('operationId: getTopInAppPurchases', 'maxPerCall: 100', 'maxPerCall: 50')
edit('operationId: getTopInAppPurchases', 'maxItems: 100', 'maxItems: 50')
// Required parameter added (breaks the mock's users).
edit('operationId: getTopInAppPurchases', '        - $ref: "#/components/parameters/CountryDefaultUs"\n',
        '        - $ref: "#/components/parameters/CountryDefaultUs"\n        - name: currency\n          in: query\n'
        + '          required: true\n          description: The currency of the prices.\n'
        + '          schema:\n            type: string\n')
// Error response removed (breaks the mock's users).
edit('operationId: getTopInAppPurchases', '        "429":\n          $ref: "#/components/responses/TooManyRequests"\n', '')
// Response field removed, and another retyped.
edit('\n    App:\n', '        humanized_name:\n          type: string\n          nullable: true\n', '')
edit('\n    App:\n', '        global_rating_count:\n          type: integer\n', '        global_rating_count:\n          type: number\n')
new File(basedir, 'spec.yaml').write(text, 'UTF-8')
