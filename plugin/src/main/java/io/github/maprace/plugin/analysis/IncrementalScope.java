package io.github.maprace.plugin.analysis;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which files a change makes the static pass look at again, and which files their model needs.
 *
 * <p>A file's findings depend on its own text and, through the model, on the types it uses (their
 * supertypes, a parent's template methods) and, for its map fields, on the files that reach those
 * fields. So after a change the pass rechecks the changed files, every file that names a type a
 * changed or removed file declared, and every file with map fields whose types a changed file names.
 * The model of those files also holds the files declaring their types' supertypes (transitively),
 * the files declaring the types they name, and, for each rechecked file with map fields, the files
 * that name its types. Names are matched as words of the code ({@link SourceText}: comments
 * blanked, string literals kept); a dependence that names none of these types (a field reached
 * through a chain of calls on other types) is seen at the next full pass.
 *
 * @param recheck files whose findings are computed again
 * @param model   files the model is built from: {@code recheck} and their context
 */
record IncrementalScope(Set<Path> recheck, Set<Path> model) {

    /**
     * @param files    the project's source files now
     * @param texts    their text, by file (a file missing here could not be read)
     * @param cached   the cache's entries
     * @param changed  files that are new or whose content differs from the cache
     * @param removed  files in the cache that are gone
     */
    static IncrementalScope of(List<Path> files, Map<Path, SourceText> texts, Map<Path, StaticCache.Entry> cached,
                               Set<Path> changed, Set<Path> removed) {
        Set<String> touched = new HashSet<>();
        for (Path file : changed) {
            touched.add(stem(file));
            touched.addAll(declared(cached.get(file)));
        }
        for (Path file : removed) {
            touched.add(stem(file));
            touched.addAll(declared(cached.get(file)));
        }
        Set<Path> recheck = new LinkedHashSet<>(changed);
        for (Path file : files) {
            if (!recheck.contains(file) && mentions(texts.get(file), touched)) {
                recheck.add(file);
            }
        }
        for (Path file : files) {
            StaticCache.Entry entry = cached.get(file);
            if (!recheck.contains(file) && isMapFieldOwner(entry)) {
                for (Path c : changed) {
                    if (mentions(texts.get(c), entry.facts().declaredTypes())) {
                        recheck.add(file);
                        break;
                    }
                }
            }
        }
        return new IncrementalScope(Set.copyOf(recheck), model(files, texts, cached, changed, recheck));
    }

    private static Set<Path> model(List<Path> files, Map<Path, SourceText> texts, Map<Path, StaticCache.Entry> cached,
                                   Set<Path> changed, Set<Path> recheck) {
        Map<String, Set<Path>> declaredBy = new HashMap<>();
        for (Path file : files) {
            Set<String> names = new HashSet<>(changed.contains(file) ? Set.of() : declared(cached.get(file)));
            names.add(stem(file));
            for (String name : names) {
                declaredBy.computeIfAbsent(name, k -> new HashSet<>()).add(file);
            }
        }
        Set<Path> model = new LinkedHashSet<>(recheck);
        // the supertypes of the rechecked files' types, transitively: their members and template methods
        Deque<Path> work = new ArrayDeque<>(recheck);
        while (!work.isEmpty()) {
            StaticCache.Entry entry = cached.get(work.pop());
            if (entry != null && entry.facts() != null) {
                for (String supertype : entry.facts().supertypes()) {
                    for (Path file : declaredBy.getOrDefault(supertype, Set.of())) {
                        if (model.add(file)) {
                            work.push(file);
                        }
                    }
                }
            }
        }
        for (Path file : recheck) {
            // the types the file names, so that they resolve as they do in the whole model
            SourceText text = texts.get(file);
            if (text != null) {
                for (String word : text.identifiers()) {
                    model.addAll(declaredBy.getOrDefault(word, Set.of()));
                }
            }
            // the files that may reach its map fields
            StaticCache.Entry entry = cached.get(file);
            if (changed.contains(file) || isMapFieldOwner(entry)) {
                Set<String> own = new HashSet<>(declared(entry));
                own.add(stem(file));
                for (Path other : files) {
                    if (mentions(texts.get(other), own)) {
                        model.add(other);
                    }
                }
            }
        }
        return Set.copyOf(model);
    }

    private static Set<String> declared(StaticCache.Entry entry) {
        return entry == null || entry.facts() == null ? Set.of() : entry.facts().declaredTypes();
    }

    private static boolean isMapFieldOwner(StaticCache.Entry entry) {
        return entry != null && entry.facts() != null && entry.facts().mapFieldOwner();
    }

    private static boolean mentions(SourceText text, Set<String> names) {
        return text != null && text.mentionsAny(names);
    }

    /** The file's name without {@code .java}: the name of its public top-level type. */
    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") ? name.substring(0, name.length() - 5) : name;
    }
}
