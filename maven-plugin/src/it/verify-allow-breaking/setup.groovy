// baseline.yaml: the fixture spec; spec.yaml: the same without one response field.
def SpecText = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itSources, 'SpecText.groovy'))
def spec = SpecText.newInstance(new File(fixtureSpec))
spec.writeTo(new File(basedir, 'baseline.yaml'))
spec.edit('\n    App:\n', '        humanized_name:\n          type: string\n          nullable: true\n', '')
spec.writeTo(new File(basedir, 'spec.yaml'))
