package io.github.maprace.it

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

/**
 * Sources that several test projects share are kept once, under it/src/it/shared-sources/NAME (a
 * folder without pom.xml: invoker does not run it, nor clone it). A project's prebuild.groovy copies
 * them into its cloned directory before its build, so they are the project's own sources for Maven
 * and for maprace, at the same paths (and so the same report uris) as a copy in the project would be.
 */
class SharedSources {

    /**
     * Copies the tree under sharedSources/name (e.g. src/main/java/...) into basedir.
     *
     * @param sharedSources it/src/it/shared-sources (the scriptVariable of the same name)
     * @return the copied files, relative to basedir
     */
    static List<String> copyInto(File basedir, def sharedSources, String name) {
        Path from = new File(sharedSources.toString(), name).toPath()
        assert Files.isDirectory(from) : "no shared sources ${from}"
        Path to = basedir.toPath()
        List<String> copied = []
        Files.walk(from).withCloseable { paths ->
            paths.filter { Files.isRegularFile(it) }.forEach { Path file ->
                Path rel = from.relativize(file)
                Path target = to.resolve(rel.toString())
                Files.createDirectories(target.parent)
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING)
                copied << rel.toString().replace('\\', '/')
            }
        }
        assert !copied.isEmpty() : "no files in ${from}"
        return copied
    }
}
