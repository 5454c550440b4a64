// src/main/java/com/example/stock/ServiceRegistry.java, the library every fault-* project audits, is
// kept once in it/src/it/shared-sources/stock: copied into this (cloned) project before its build
import static io.github.maprace.it.SharedSources.copyInto

copyInto(basedir, sharedSources, 'stock')
return true
