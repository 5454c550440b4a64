package io.github.maprace.it

/** Where the marker comments of a test project's sources are ("// race: put A", "// expect: RULE"). */
class SourceMarkers {

    /** 1-based line of the only source line carrying the marker comment. */
    static int markerLine(File source, String marker) {
        List<String> lines = source.readLines('UTF-8')
        List<Integer> hits = (0..<lines.size()).findAll { lines[it].contains(marker) }
        assert hits.size() == 1 : "expected one '${marker}' in ${source}, found ${hits.size()}"
        return hits[0] + 1
    }
}
