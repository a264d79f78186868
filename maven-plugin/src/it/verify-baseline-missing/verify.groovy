def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('appintel: cannot resolve the baseline artifact dev.appintel.it:no-such-spec:jar:1.0.0')
