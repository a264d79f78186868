// Builds templates/: a copy of each built-in template that renders a Java file, with a marker
// comment as its first line. Copies are named like the built-in ones (their file name), so the
// test follows the templates as they evolve.
import java.util.jar.JarFile

def jar = null
new File(localRepositoryPath, 'dev/appintel/appintel-generator').eachFileRecurse {
    if (it.name ==~ /appintel-generator-.*\.jar/) jar = it
}
assert jar != null : "the generator is not installed in $localRepositoryPath"

def templates = new File(basedir, 'templates')
templates.mkdirs()
def copied = 0
new JarFile(jar).withCloseable { zip ->
    zip.entries().findAll { it.name.endsWith('.mustache') }.each { entry ->
        def text = zip.getInputStream(entry).getText('UTF-8')
        if (text.contains('package ')) {
            def name = entry.name.substring(entry.name.lastIndexOf('/') + 1)
            new File(templates, name).setText('// appintel-override-marker\n' + text, 'UTF-8')
            copied++
        }
    }
}
assert copied > 0 : "no built-in template that renders a Java file in $jar"
