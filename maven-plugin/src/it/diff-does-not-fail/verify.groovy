def log = new File(basedir, 'build.log').text
assert log.contains('appintel: 1 change against baseline.yaml (1.0): 1 breaking for clients, 0 breaking for mock users, 0 safe')
assert log.contains('[WARNING]   [breaking for clients] Response field removed: App.humanized_name (baseline.yaml:')
assert log.contains('BUILD SUCCESS')
def changelog = new File(basedir, 'target/appintel/CHANGELOG-section.md').text
assert changelog.contains('### Breaking changes\n\n- Response field removed (breaking for clients): `App.humanized_name`.\n')
