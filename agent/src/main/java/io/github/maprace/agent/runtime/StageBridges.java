package io.github.maprace.agent.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Bridges for {@code CompletableFuture} stages that take an executor or a second stage: the
 * stage's function starts after the source stages completed and after what the registering
 * thread did, and the returned stage carries the function's clock. Names and parameters follow
 * the replaced methods; see {@link ConcurrencyBridges} for how they are found.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public final class StageBridges {
    private StageBridges() {
    }

    private static CompletableFuture bound(CompletableFuture result, Object task, Object wrapped) {
        if (task != wrapped) {
            Tasks.bind(result);
        }
        return result;
    }

    public static CompletableFuture thenApplyAsync(CompletableFuture cf, Function fn, Executor ex) {
        Function w = Tasks.twoSources(fn, cf, null, null);
        return bound(cf.thenApplyAsync(w, ex), fn, w);
    }

    public static CompletableFuture thenAcceptAsync(CompletableFuture cf, Consumer fn, Executor ex) {
        Consumer w = Tasks.twoSources(fn, cf, null, null);
        return bound(cf.thenAcceptAsync(w, ex), fn, w);
    }

    public static CompletableFuture thenRunAsync(CompletableFuture cf, Runnable fn, Executor ex) {
        Runnable w = Tasks.twoSources(fn, cf, null, null);
        return bound(cf.thenRunAsync(w, ex), fn, w);
    }

    public static CompletableFuture thenComposeAsync(CompletableFuture cf, Function fn, Executor ex) {
        Function w = Tasks.twoSources(fn, cf, null, null);
        return bound(cf.thenComposeAsync(w, ex), fn, w);
    }

    public static CompletableFuture handleAsync(CompletableFuture cf, BiFunction fn, Executor ex) {
        BiFunction w = Tasks.twoSources(fn, cf, null, null);
        return bound(cf.handleAsync(w, ex), fn, w);
    }

    public static CompletableFuture whenCompleteAsync(CompletableFuture cf, BiConsumer fn, Executor ex) {
        BiConsumer w = Tasks.twoSources(fn, cf, null, null);
        return bound(cf.whenCompleteAsync(w, ex), fn, w);
    }

    public static CompletableFuture thenCombine(CompletableFuture cf, CompletionStage other, BiFunction fn) {
        BiFunction w = Tasks.twoSources(fn, cf, other, null);
        return bound(cf.thenCombine(other, w), fn, w);
    }

    public static CompletableFuture thenCombineAsync(CompletableFuture cf, CompletionStage other, BiFunction fn) {
        BiFunction w = Tasks.twoSources(fn, cf, other, null);
        return bound(cf.thenCombineAsync(other, w), fn, w);
    }

    public static CompletableFuture thenCombineAsync(CompletableFuture cf, CompletionStage other, BiFunction fn,
                                                     Executor ex) {
        BiFunction w = Tasks.twoSources(fn, cf, other, null);
        return bound(cf.thenCombineAsync(other, w, ex), fn, w);
    }

    public static CompletableFuture thenAcceptBoth(CompletableFuture cf, CompletionStage other, BiConsumer fn) {
        BiConsumer w = Tasks.twoSources(fn, cf, other, null);
        return bound(cf.thenAcceptBoth(other, w), fn, w);
    }

    public static CompletableFuture thenAcceptBothAsync(CompletableFuture cf, CompletionStage other, BiConsumer fn) {
        BiConsumer w = Tasks.twoSources(fn, cf, other, null);
        return bound(cf.thenAcceptBothAsync(other, w), fn, w);
    }

    public static CompletableFuture runAfterBoth(CompletableFuture cf, CompletionStage other, Runnable fn) {
        Runnable w = Tasks.twoSources(fn, cf, other, null);
        return bound(cf.runAfterBoth(other, w), fn, w);
    }

    public static CompletableFuture runAfterBothAsync(CompletableFuture cf, CompletionStage other, Runnable fn) {
        Runnable w = Tasks.twoSources(fn, cf, other, null);
        return bound(cf.runAfterBothAsync(other, w), fn, w);
    }

    public static CompletableFuture applyToEither(CompletableFuture cf, CompletionStage other, Function fn) {
        Function w = Tasks.twoSources(fn, cf, other, null);
        return bound(cf.applyToEither(other, w), fn, w);
    }

    public static CompletableFuture applyToEitherAsync(CompletableFuture cf, CompletionStage other, Function fn) {
        Function w = Tasks.twoSources(fn, cf, other, null);
        return bound(cf.applyToEitherAsync(other, w), fn, w);
    }

    public static CompletableFuture acceptEither(CompletableFuture cf, CompletionStage other, Consumer fn) {
        Consumer w = Tasks.twoSources(fn, cf, other, null);
        return bound(cf.acceptEither(other, w), fn, w);
    }

    public static CompletableFuture acceptEitherAsync(CompletableFuture cf, CompletionStage other, Consumer fn) {
        Consumer w = Tasks.twoSources(fn, cf, other, null);
        return bound(cf.acceptEitherAsync(other, w), fn, w);
    }

    public static CompletableFuture runAfterEither(CompletableFuture cf, CompletionStage other, Runnable fn) {
        Runnable w = Tasks.twoSources(fn, cf, other, null);
        return bound(cf.runAfterEither(other, w), fn, w);
    }

    public static CompletableFuture runAfterEitherAsync(CompletableFuture cf, CompletionStage other, Runnable fn) {
        Runnable w = Tasks.twoSources(fn, cf, other, null);
        return bound(cf.runAfterEitherAsync(other, w), fn, w);
    }
}
