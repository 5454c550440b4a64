/**
 * The detector inside the test JVM, loaded from the bootstrap class path so that every class,
 * the JDK's included, can call it.
 *
 * <p>{@code public} here means "called from instrumented bytecode": the hook facades, one per
 * JDK concept ({@link io.github.maprace.agent.runtime.MapHooks},
 * {@link io.github.maprace.agent.runtime.MonitorHooks},
 * {@link io.github.maprace.agent.runtime.LockHooks},
 * {@link io.github.maprace.agent.runtime.ThreadHooks},
 * {@link io.github.maprace.agent.runtime.CollectionHooks},
 * {@link io.github.maprace.agent.runtime.ForkJoinHooks},
 * {@link io.github.maprace.agent.runtime.ClassInitHooks},
 * {@link io.github.maprace.agent.runtime.FieldHooks},
 * {@link io.github.maprace.agent.runtime.SyncHooks},
 * {@link io.github.maprace.agent.runtime.Tasks}), the bridges that replace calls
 * ({@link io.github.maprace.agent.runtime.ConcurrencyBridges},
 * {@link io.github.maprace.agent.runtime.StageBridges},
 * {@link io.github.maprace.agent.runtime.FieldBridges},
 * {@link io.github.maprace.agent.runtime.AtomicCallbacks},
 * {@link io.github.maprace.agent.runtime.MapReferences},
 * {@link io.github.maprace.agent.runtime.SerializableMapReferences}) and what the JDK classes'
 * inlined advice calls ({@link io.github.maprace.agent.runtime.JdkThreads},
 * {@link io.github.maprace.agent.runtime.JdkTasks},
 * {@link io.github.maprace.agent.runtime.JdkStreams}). None of them throws into its caller.
 *
 * <p>The engine (clocks, shadows, thread states, the tables) is package-private. The exceptions,
 * public because code outside this package needs them and documented as such: the set-up and
 * log API the installer, the instrumenter, the test listener and the plugin use
 * ({@link io.github.maprace.agent.runtime.RaceLog}, {@link io.github.maprace.agent.runtime.LogCodec},
 * {@link io.github.maprace.agent.runtime.TestLogFormat},
 * {@link io.github.maprace.agent.runtime.TestContext}, {@link io.github.maprace.agent.runtime.History},
 * {@link io.github.maprace.agent.runtime.AgentErrors}, {@link io.github.maprace.agent.runtime.Sites},
 * {@link io.github.maprace.agent.runtime.AccessOrder},
 * {@link io.github.maprace.agent.runtime.FieldClocks}) and
 * {@link io.github.maprace.agent.runtime.WeakIdentityTable}, which the benchmarks measure. They
 * live here because the bootstrap jar is this package: a class the engine calls must be in it.
 */
package io.github.maprace.agent.runtime;
