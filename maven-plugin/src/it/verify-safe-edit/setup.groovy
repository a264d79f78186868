// baseline.yaml: the real spec; spec.yaml: the same with safe edits only.
def text = new File(realSpec).getText('UTF-8')
new File(basedir, 'baseline.yaml').write(text, 'UTF-8')

def edit = { String anchor, String from, String to ->
    int at = text.indexOf(anchor)
    assert at >= 0 : "anchor not in the spec: $anchor"
    int found = text.indexOf(from, at)
    assert found >= 0 : "not in the spec after '$anchor': $from"
    text = text.substring(0, found) + to + text.substring(found + from.length())
}
// An optional parameter.
edit('operationId: getApps', '        - name: include_sdk_data\n',
        '        - name: lang\n          in: query\n          description: The language of the descriptions.\n'
        + '          schema:\n            type: string\n        - name: include_sdk_data\n')
// A new response field.
edit('\n    App:\n', '        rating_count:\n',
        '        review_count:\n          type: integer\n          nullable: true\n        rating_count:\n')
// A summary.
edit('operationId: getApps', 'summary: Fetches app metadata.', 'summary: Fetches the metadata of apps.')
new File(basedir, 'spec.yaml').write(text, 'UTF-8')
