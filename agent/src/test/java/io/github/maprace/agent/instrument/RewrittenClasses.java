package io.github.maprace.agent.instrument;

import io.github.maprace.agent.instrument.fixtures.MapShapes;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.pool.TypePool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isNative;
import static net.bytebuddy.matcher.ElementMatchers.isSynchronized;
import static net.bytebuddy.matcher.ElementMatchers.not;

/**
 * A class loader holding the test fixtures after the agent's real rewriting (call sites and
 * synchronized-method advice, as {@link Instrumenter} applies them). It defines the fixture
 * classes itself, child first, and delegates everything else (the runtime, the JDK) to the
 * test's class loader, so rewritten code and the test share one runtime.
 */
final class RewrittenClasses extends ClassLoader {
    static final String FIXTURES = MapShapes.class.getPackageName();

    private final Map<String, byte[]> types;

    private RewrittenClasses(ClassLoader parent, Map<String, byte[]> types) {
        super("rewritten-fixtures", parent);
        this.types = types;
    }

    /** Rewrites every class of the fixtures package (nested and anonymous ones included). */
    static RewrittenClasses ofFixtures() {
        ClassLoader parent = RewrittenClasses.class.getClassLoader();
        ClassFileLocator locator = ClassFileLocator.ForClassLoader.of(parent);
        TypePool pool = TypePool.Default.of(locator);
        TypeHierarchy hierarchy = new TypeHierarchy();
        Map<String, byte[]> types = new HashMap<>();
        for (String name : fixtureClassNames()) {
            byte[] bytes = new ByteBuddy()
                    .redefine(pool.describe(name).resolve(), locator)
                    .visit(new CallSiteRewriter(hierarchy))
                    .visit(Advice.to(SynchronizedMethodAdvice.class)
                            .on(isSynchronized().and(not(isAbstract())).and(not(isNative()))))
                    .make(pool)
                    .getBytes();
            types.put(name, bytes);
        }
        return new RewrittenClasses(parent, types);
    }

    static List<String> fixtureClassNames() {
        try {
            Path root = Path.of(MapShapes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = root.resolve(FIXTURES.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".class"))
                        .map(n -> FIXTURES + "." + n.substring(0, n.length() - ".class".length()))
                        .sorted()
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rewritten class file of {@code name}. */
    byte[] bytes(String name) {
        return types.get(name).clone();
    }

    /** Names of the classes this loader defines. */
    java.util.Set<String> names() {
        return types.keySet();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        byte[] bytes = types.get(name);
        if (bytes == null) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }
}
