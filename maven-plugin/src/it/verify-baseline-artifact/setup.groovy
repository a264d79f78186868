// spec.yaml: the real spec without one response field.
def text = new File(realSpec).getText('UTF-8')
int app = text.indexOf('\n    App:\n')
String field = '        humanized_name:\n          type: string\n          nullable: true\n'
int at = text.indexOf(field, app)
assert app >= 0 && at >= 0
new File(basedir, 'spec.yaml').write(text.substring(0, at) + text.substring(at + field.length()), 'UTF-8')
