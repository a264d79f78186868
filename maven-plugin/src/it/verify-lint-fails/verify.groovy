def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// Each problem is logged, then repeated in the build failure.
def problems = log.readLines().findAll { it.startsWith('[ERROR]   spec.yaml:') }.unique()
assert problems.size() == 2 : "expected two located problems, got: $problems"
assert problems[0] ==~ /\[ERROR\]   spec\.yaml:\d+:\d+ \(\/paths\/~1v1~1\{os\}~1apps\/get\): \[summaryAndDescription\] no summary/
assert problems[1] ==~ /\[ERROR\]   spec\.yaml:\d+:\d+ \(\/paths\/~1v1~1\{os\}~1apps\/get\/responses\/200\/content\/application~1json\/examples\/ios\/value\/apps\/0\/os\): \[examples\] does not have a value in the enumeration \["ios", "android"\]/
assert log.contains('appintel: 2 spec problems:')
assert log.contains('appintel: no baseline, so the spec was not compared with one')
assert !new File(basedir, 'target/appintel/spec-changes.md').exists()
