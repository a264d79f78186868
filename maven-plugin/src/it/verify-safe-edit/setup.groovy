// baseline.yaml: the fixture spec; spec.yaml: the same with safe edits only.
def SpecText = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'SpecText.groovy'))
def spec = SpecText.newInstance(new File(fixtureSpec))
spec.writeTo(new File(basedir, 'baseline.yaml'))
// An optional parameter.
spec.edit('operationId: getApps', '        - name: include_sdk_data\n',
        '        - name: lang\n          in: query\n          description: The language of the descriptions.\n'
        + '          schema:\n            type: string\n        - name: include_sdk_data\n')
// A new response field.
spec.edit('\n    App:\n', '        rating_count:\n',
        '        review_count:\n          type: integer\n          nullable: true\n        rating_count:\n')
// A summary.
spec.edit('operationId: getApps', 'summary: Fetches app metadata.', 'summary: Fetches the metadata of apps.')
spec.writeTo(new File(basedir, 'spec.yaml'))
