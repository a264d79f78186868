// The release's spec: the real one.
def resources = new File(basedir, 'src/main/resources/openapi')
resources.mkdirs()
new File(resources, 'app-intelligence.yaml').write(new File(fixtureSpec).getText('UTF-8'), 'UTF-8')
