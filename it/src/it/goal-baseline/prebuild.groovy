// SharedHashMapTest (two threads put into one HashMap) and its OrderLine are kept once, in
// it/src/it/shared-sources/orders: copied into this (cloned) project before its build
import static io.github.maprace.it.SharedSources.copyInto

copyInto(basedir, sharedSources, 'orders')
return true
