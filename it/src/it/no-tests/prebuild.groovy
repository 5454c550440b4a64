// src/main/java/com/example/registry/ServiceRegistry.java, the library no-junit-engine and no-tests
// audit, is kept once in it/src/it/shared-sources/registry: copied into this (cloned) project before its build
import static io.github.maprace.it.SharedSources.copyInto

copyInto(basedir, sharedSources, 'registry')
return true
