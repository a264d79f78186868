// The server started from the test class path, answered the API call with 200 and was stopped.
def log = new File(basedir, 'build.log').text
def banner = (log =~ /appintel mock server listening on http:\/\/127\.0\.0\.1:\d+/).find()
assert banner : 'build.log has no banner of the mock server'
def answered = (log =~ /appintel: self-check: GET http:\/\/127\.0\.0\.1:\d+\/v1\/ios\/apps\?app_ids=284882215&auth_token=\*\*\* answered 200/).find()
assert answered : 'build.log has no 200 from the self-check'
assert log.contains('appintel: self-check passed; mock server stopped')
