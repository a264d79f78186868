// spec.yaml: the real spec with an operation's summary gone and an example that contradicts its schema.
def text = new File(realSpec).getText('UTF-8')
def edit = { String anchor, String from, String to ->
    int at = text.indexOf(anchor)
    assert at >= 0 : "anchor not in the spec: $anchor"
    int found = text.indexOf(from, at)
    assert found >= 0 : "not in the spec after '$anchor': $from"
    text = text.substring(0, found) + to + text.substring(found + from.length())
}
edit('operationId: getApps', '      summary: Fetches app metadata.\n', '')
edit('operationId: getApps', '                        os: ios\n', '                        os: windows\n')
new File(basedir, 'spec.yaml').write(text, 'UTF-8')
