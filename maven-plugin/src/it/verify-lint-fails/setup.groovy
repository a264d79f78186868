// spec.yaml: the fixture spec with an operation's summary gone and an example that contradicts its schema.
def SpecText = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'SpecText.groovy'))
def spec = SpecText.newInstance(new File(fixtureSpec))
spec.edit('operationId: getApps', '      summary: Fetches app metadata.\n', '')
spec.edit('operationId: getApps', '                        os: ios\n', '                        os: windows\n')
spec.writeTo(new File(basedir, 'spec.yaml'))
