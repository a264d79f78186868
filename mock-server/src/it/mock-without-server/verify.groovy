// The goal names the missing main class and the dependency that brings it, and starts nothing.
def log = new File(basedir, 'build.log').text
def named = log.contains('appintel: dev.appintel.mock.cli.MockServerCli is not on the test class path of dev.appintel.it:mock-without-server:jar:1.0; add a dependency on dev.appintel:appintel-mock-server')
assert named : 'build.log does not name the missing main class and the dependency to add'
assert !log.contains('appintel mock server listening on')
