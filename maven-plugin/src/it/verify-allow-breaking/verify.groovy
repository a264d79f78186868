def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING]   [breaking for clients] Response field removed: App.humanized_name (baseline.yaml:')
assert log.contains('[WARNING] appintel: breaking changes accepted (appintel.allowBreakingChanges=true)')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/appintel/spec-changes.md').text.contains('| Response field removed | `App.humanized_name` |')
