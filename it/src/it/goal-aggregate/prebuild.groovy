// module-racy's SharedHashMapTest (two threads put into one HashMap) and its OrderLine are kept
// once, in it/src/it/shared-sources/orders: copied into that module before the build
import static io.github.maprace.it.SharedSources.copyInto

copyInto(new File(basedir, 'module-racy'), sharedSources, 'orders')
return true
