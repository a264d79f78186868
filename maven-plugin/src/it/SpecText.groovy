// The text of a spec, edited in place by the tests' setup scripts. Every edit must apply: an edit
// that finds nothing fails the set-up, so a test cannot pass on a spec it did not change.
class SpecText {
    String text

    SpecText(File file) {
        text = file.getText('UTF-8')
    }

    private int find(String anchor, String what) {
        int at = text.indexOf(anchor)
        assert at >= 0 : "anchor not in the spec: $anchor"
        int found = text.indexOf(what, at)
        assert found >= 0 : "not in the spec after '$anchor': $what"
        found
    }

    /** Replaces the first 'from' after 'anchor' with 'to'. */
    void edit(String anchor, String from, String to) {
        int found = find(anchor, from)
        text = text.substring(0, found) + to + text.substring(found + from.length())
    }

    /** Removes the text from the first 'from' after 'anchor' up to, not including, the next 'to'. */
    void cut(String anchor, String from, String to) {
        int start = find(anchor, from)
        int end = text.indexOf(to, start)
        assert end > start : "no '$to' after '$from'"
        text = text.substring(0, start) + text.substring(end)
    }

    void writeTo(File file) {
        file.write(text, 'UTF-8')
    }
}
